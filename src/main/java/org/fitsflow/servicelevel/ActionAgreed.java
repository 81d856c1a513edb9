package org.fitsflow.servicelevel;

import java.time.LocalDate;

import org.fitsflow.school.FitsFunction;

/** An action as a meeting agreed it: what, who (a function, or a person of the school by user id) and by when. */
public record ActionAgreed(String what, FitsFunction function, String userId, LocalDate byWhen) {
}
