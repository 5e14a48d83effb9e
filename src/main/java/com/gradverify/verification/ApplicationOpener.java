package com.gradverify.verification;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds a student's application, opening an empty draft the first time. */
@Component
class ApplicationOpener {

	private final VerificationApplications applications;

	private final AccountLookup accounts;

	ApplicationOpener(VerificationApplications applications, AccountLookup accounts) {
		this.applications = applications;
		this.accounts = accounts;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	VerificationApplication openFor(SignedInAccount student) {
		if (student.role() != Role.STUDENT || student.graduationYear() == null) {
			throw new NotFoundException("verification.notFound");
		}
		return applications.findByAccountId(student.id())
			.orElseGet(() -> applications.saveAndFlush(VerificationApplication.open(student.id(), student.username(),
					student.graduationYear(), accounts.currentCollegeId(student.id()))));
	}
}
