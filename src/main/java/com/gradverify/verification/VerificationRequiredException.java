package com.gradverify.verification;

import com.gradverify.shared.DomainException;

/** The graduate asked for something only a verified graduate may do; the API answers 403 VERIFICATION_REQUIRED. */
public class VerificationRequiredException extends DomainException {

	public static final String CODE = "VERIFICATION_REQUIRED";

	public VerificationRequiredException() {
		super("verification.required.first");
	}
}
