package org.fitsflow.school;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the school's own pages (under {@code /pages}, logged in as for Tasklist): {@link PageFrame} gives
 * its pages the school's name and the caller's for the shared layout ({@code templates/pages/layout.html}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SchoolPage {
}
