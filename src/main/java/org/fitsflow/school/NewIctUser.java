package org.fitsflow.school;

/**
 * Someone became an ICT user of a school (a new member of staff, or the function given later), published in the
 * same transaction: the support procedure's master copy goes to them (001, start-up task 2).
 */
public record NewIctUser(String schoolId, String userId, String email) {
}
