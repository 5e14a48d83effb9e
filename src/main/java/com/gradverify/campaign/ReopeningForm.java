package com.gradverify.campaign;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/** The reopening form: a 学号, until when (China's time, as {@code datetime-local} writes it), and why. */
class ReopeningForm {

	private String studentNo;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime until;

	private String reason;

	java.time.Instant untilInstant() {
		return until == null ? null : until.atZone(CampaignForm.CHINA).toInstant();
	}

	public String getStudentNo() { return studentNo; }
	public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
	public LocalDateTime getUntil() { return until; }
	public void setUntil(LocalDateTime until) { this.until = until; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
}
