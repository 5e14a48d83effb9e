package com.gradverify.verification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a student types to find their registry record (毕业生账户绑定). */
public class BindingRequest {

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotBlank
	private String idCard;

	@NotBlank
	private String educationCode;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer graduationYear;

	@NotBlank
	private String mobile;

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getIdCard() { return idCard; }
	public void setIdCard(String idCard) { this.idCard = idCard; }
	public String getEducationCode() { return educationCode; }
	public void setEducationCode(String educationCode) { this.educationCode = educationCode; }
	public Integer getGraduationYear() { return graduationYear; }
	public void setGraduationYear(Integer graduationYear) { this.graduationYear = graduationYear; }
	public String getMobile() { return mobile; }
	public void setMobile(String mobile) { this.mobile = mobile; }
}
