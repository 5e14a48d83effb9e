package com.gradverify.agreement;

/** The 违约申请 form: the reason and, optionally, the new employer. */
public class BreachForm {

	private String reason;

	private String newEmployerName;

	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public String getNewEmployerName() { return newEmployerName; }
	public void setNewEmployerName(String newEmployerName) { this.newEmployerName = newEmployerName; }
}
