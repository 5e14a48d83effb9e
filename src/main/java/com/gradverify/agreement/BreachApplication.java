package com.gradverify.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.gradverify.shared.RuleViolationException;

/**
 * A 违约申请 against one approved agreement: the reason, the employer's 解约函 and optionally the
 * new employer. Its school approval terminates the agreement (the review kind does that in the
 * same transaction).
 */
@Entity
@Table(name = "breach_application")
class BreachApplication extends TwoLevelApplication {

	private long agreementId;

	private String reason;

	private String newEmployerName;

	private Long releaseLetterEvidenceId;

	protected BreachApplication() {
	}

	BreachApplication(long accountId, Long collegeId, int graduationYear, long agreementId, BreachForm form) {
		super(accountId, collegeId, graduationYear);
		this.agreementId = agreementId;
		fill(form);
	}

	void edit(BreachForm form) {
		requireEditable();
		fill(form);
		touch();
	}

	void attachReleaseLetter(long evidenceId) {
		requireEditable();
		releaseLetterEvidenceId = evidenceId;
		touch();
	}

	@Override
	void submit() {
		if (releaseLetterEvidenceId == null) {
			throw new RuleViolationException("releaseLetter", "breach.releaseLetter.required");
		}
		super.submit();
	}

	private void fill(BreachForm form) {
		reason = form.getReason();
		newEmployerName = form.getNewEmployerName();
	}

	BreachForm form() {
		var form = new BreachForm();
		form.setReason(reason);
		form.setNewEmployerName(newEmployerName);
		return form;
	}

	long getAgreementId() { return agreementId; }
	Long getReleaseLetterEvidenceId() { return releaseLetterEvidenceId; }

	@Override
	public String reviewKind() {
		return BreachReviews.KIND;
	}
}
