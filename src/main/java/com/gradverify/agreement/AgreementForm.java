package com.gradverify.agreement;

import java.time.LocalDate;

/**
 * The 协议申请 form as the page posts it and the API sends it: plain strings and a date, checked by
 * {@link AgreementRules}; never the entity.
 */
public class AgreementForm {

	private String employerName;

	private String creditCode;

	private String employerNatureCode;

	private String industryCode;

	private String employerDivisionCode;

	private String position;

	private String contactPerson;

	private String contactPhone;

	private String agreementNo;

	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private String destinationCode;

	public String getEmployerName() { return employerName; }
	public void setEmployerName(String employerName) { this.employerName = employerName; }
	public String getCreditCode() { return creditCode; }
	public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
	public String getEmployerNatureCode() { return employerNatureCode; }
	public void setEmployerNatureCode(String employerNatureCode) { this.employerNatureCode = employerNatureCode; }
	public String getIndustryCode() { return industryCode; }
	public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
	public String getEmployerDivisionCode() { return employerDivisionCode; }
	public void setEmployerDivisionCode(String employerDivisionCode) { this.employerDivisionCode = employerDivisionCode; }
	public String getPosition() { return position; }
	public void setPosition(String position) { this.position = position; }
	public String getContactPerson() { return contactPerson; }
	public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getAgreementNo() { return agreementNo; }
	public void setAgreementNo(String agreementNo) { this.agreementNo = agreementNo; }
	public LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
	public String getDestinationCode() { return destinationCode; }
	public void setDestinationCode(String destinationCode) { this.destinationCode = destinationCode; }
}
