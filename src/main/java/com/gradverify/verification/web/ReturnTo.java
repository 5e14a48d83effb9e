package com.gradverify.verification.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page a page's domain errors take the user back to, the reason shown there as a flash
 * message (see {@link VerificationPageErrors}); on a method it overrides its controller's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@interface ReturnTo {

	/** The page's path, as a redirect names it ({@code /verification}). */
	String value();
}
