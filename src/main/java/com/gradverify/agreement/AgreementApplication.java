package com.gradverify.agreement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.gradverify.shared.ConflictException;

/**
 * A graduate's 协议申请: the employer and the signed agreement, reviewed by the college and then the
 * school. Once approved it is locked; an approved 违约申请 terminates it, and it stays as history.
 */
@Entity
@Table(name = "agreement_application")
class AgreementApplication extends TwoLevelApplication {

	private String employerName;

	private String creditCode;

	private String employerNatureCode;

	private String industryCode;

	private String employerDivisionCode;

	private String position;

	private String contactPerson;

	private String contactPhone;

	private String agreementNo;

	private LocalDate signedOn;

	private String destinationCode;

	private Long scanEvidenceId;

	private Instant terminatedAt;

	protected AgreementApplication() {
	}

	AgreementApplication(long accountId, Long collegeId, int graduationYear, AgreementForm form) {
		super(accountId, collegeId, graduationYear);
		fill(form);
	}

	/** Replaces the form's values with a cleaned form (see {@link AgreementRules}). */
	void edit(AgreementForm form) {
		requireEditable();
		fill(form);
		touch();
	}

	/** The scan of the signed agreement; the previous one, if any, is the caller's to delete. */
	void attachScan(long evidenceId) {
		requireEditable();
		scanEvidenceId = evidenceId;
		touch();
	}

	/** Takes the scan off before submission; the file is the caller's to delete. */
	void detachScan() {
		requireEditable();
		scanEvidenceId = null;
		touch();
	}

	@Override
	void submit() {
		if (scanEvidenceId == null) {
			throw new com.gradverify.shared.RuleViolationException("scan", "agreement.scan.required");
		}
		super.submit();
	}

	/** An approved 违约申请 ends the agreement; the graduate may then file a new one. */
	void terminate() {
		if (getStatus() != ApplicationState.APPROVED) {
			throw new ConflictException("agreement.illegalTransition", getStatus());
		}
		terminatedAt = Instant.now();
		touch();
	}

	@Override
	boolean isTerminated() {
		return terminatedAt != null;
	}

	@Override
	public String reviewKind() {
		return AgreementReviews.KIND;
	}

	private void fill(AgreementForm form) {
		employerName = form.getEmployerName();
		creditCode = form.getCreditCode();
		employerNatureCode = form.getEmployerNatureCode();
		industryCode = form.getIndustryCode();
		employerDivisionCode = form.getEmployerDivisionCode();
		position = form.getPosition();
		contactPerson = form.getContactPerson();
		contactPhone = form.getContactPhone();
		agreementNo = form.getAgreementNo();
		signedOn = form.getSignedOn();
		destinationCode = form.getDestinationCode();
	}

	AgreementForm form() {
		var form = new AgreementForm();
		form.setEmployerName(employerName);
		form.setCreditCode(creditCode);
		form.setEmployerNatureCode(employerNatureCode);
		form.setIndustryCode(industryCode);
		form.setEmployerDivisionCode(employerDivisionCode);
		form.setPosition(position);
		form.setContactPerson(contactPerson);
		form.setContactPhone(contactPhone);
		form.setAgreementNo(agreementNo);
		form.setSignedOn(signedOn);
		form.setDestinationCode(destinationCode);
		return form;
	}

	Long getScanEvidenceId() { return scanEvidenceId; }
	Instant getTerminatedAt() { return terminatedAt; }
}
