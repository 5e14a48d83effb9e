package com.gradverify.wechat;

/**
 * What a student types on the phone to bind WeChat to their account: 学历, 毕业年份, 学号, 身份证号
 * and the account's password. The password is never shown again or logged.
 */
public class WeChatBindForm {

	private String educationCode;

	private Integer graduationYear;

	private String studentNo;

	private String idCard;

	private String password;

	public String getEducationCode() { return educationCode; }
	public void setEducationCode(String educationCode) { this.educationCode = educationCode; }
	public Integer getGraduationYear() { return graduationYear; }
	public void setGraduationYear(Integer graduationYear) { this.graduationYear = graduationYear; }
	public String getStudentNo() { return studentNo; }
	public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
	public String getIdCard() { return idCard; }
	public void setIdCard(String idCard) { this.idCard = idCard; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
