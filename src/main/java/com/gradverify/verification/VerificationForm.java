package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The four-part 实名认证 form as a value: 身份信息, 学籍信息, 档案信息, 联系方式. A page or an API
 * call binds a fresh instance; the application copies it into its own state, keeping the fields
 * a student may not change (see {@link VerificationApplication#saveDraft}). Every field may be
 * empty in a draft.
 */
@Embeddable
public class VerificationForm {

	// 身份信息
	private String name;

	private String genderCode;

	private String ethnicCode;

	private String idCard;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private String politicalCode;

	// 学籍信息
	private String examineeNo;

	private String studentNo;

	private String collegeName;

	private String majorCode;

	private String majorName;

	private String educationCode;

	private BigDecimal schoolingLength;

	private String trainingModeCode;

	private String sponsorUnit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate enrolmentDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate graduationDate;

	private String originPlaceCode;

	private String urbanRuralCode;

	private String normalStudentCode;

	private String difficultyCode;

	private String className;

	// 档案信息
	private String archiveUnit;

	private String policeStation;

	private Boolean hukouTransferred;

	private Boolean archiveTransferred;

	// 联系方式
	private String mobile;

	private String homePhone;

	private String homeDivisionCode;

	private String homeAddressDetail;

	private String postcode;

	private String email;

	public VerificationForm copy() {
		var copy = new VerificationForm();
		FormFields.ALL.forEach(field -> field.copy(this, copy));
		return copy;
	}

	/**
	 * Every value normalised as its field declares ({@link FormFields}): text trimmed and blanks
	 * turned into nulls, so "" and "  " never count as values; 身份证号 with X, 手机 as 11 digits.
	 */
	VerificationForm normalised() {
		var normalised = new VerificationForm();
		FormFields.ALL.forEach(field -> field.copyNormalised(this, normalised));
		return normalised;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getGenderCode() { return genderCode; }
	public void setGenderCode(String genderCode) { this.genderCode = genderCode; }
	public String getEthnicCode() { return ethnicCode; }
	public void setEthnicCode(String ethnicCode) { this.ethnicCode = ethnicCode; }
	public String getIdCard() { return idCard; }
	public void setIdCard(String idCard) { this.idCard = idCard; }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public String getPoliticalCode() { return politicalCode; }
	public void setPoliticalCode(String politicalCode) { this.politicalCode = politicalCode; }
	public String getExamineeNo() { return examineeNo; }
	public void setExamineeNo(String examineeNo) { this.examineeNo = examineeNo; }
	public String getStudentNo() { return studentNo; }
	public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
	public String getCollegeName() { return collegeName; }
	public void setCollegeName(String collegeName) { this.collegeName = collegeName; }
	public String getMajorCode() { return majorCode; }
	public void setMajorCode(String majorCode) { this.majorCode = majorCode; }
	public String getMajorName() { return majorName; }
	public void setMajorName(String majorName) { this.majorName = majorName; }
	public String getEducationCode() { return educationCode; }
	public void setEducationCode(String educationCode) { this.educationCode = educationCode; }
	public BigDecimal getSchoolingLength() { return schoolingLength; }
	public void setSchoolingLength(BigDecimal schoolingLength) { this.schoolingLength = schoolingLength; }
	public String getTrainingModeCode() { return trainingModeCode; }
	public void setTrainingModeCode(String trainingModeCode) { this.trainingModeCode = trainingModeCode; }
	public String getSponsorUnit() { return sponsorUnit; }
	public void setSponsorUnit(String sponsorUnit) { this.sponsorUnit = sponsorUnit; }
	public LocalDate getEnrolmentDate() { return enrolmentDate; }
	public void setEnrolmentDate(LocalDate enrolmentDate) { this.enrolmentDate = enrolmentDate; }
	public LocalDate getGraduationDate() { return graduationDate; }
	public void setGraduationDate(LocalDate graduationDate) { this.graduationDate = graduationDate; }
	public String getOriginPlaceCode() { return originPlaceCode; }
	public void setOriginPlaceCode(String originPlaceCode) { this.originPlaceCode = originPlaceCode; }
	public String getUrbanRuralCode() { return urbanRuralCode; }
	public void setUrbanRuralCode(String urbanRuralCode) { this.urbanRuralCode = urbanRuralCode; }
	public String getNormalStudentCode() { return normalStudentCode; }
	public void setNormalStudentCode(String normalStudentCode) { this.normalStudentCode = normalStudentCode; }
	public String getDifficultyCode() { return difficultyCode; }
	public void setDifficultyCode(String difficultyCode) { this.difficultyCode = difficultyCode; }
	public String getClassName() { return className; }
	public void setClassName(String className) { this.className = className; }
	public String getArchiveUnit() { return archiveUnit; }
	public void setArchiveUnit(String archiveUnit) { this.archiveUnit = archiveUnit; }
	public String getPoliceStation() { return policeStation; }
	public void setPoliceStation(String policeStation) { this.policeStation = policeStation; }
	public Boolean getHukouTransferred() { return hukouTransferred; }
	public void setHukouTransferred(Boolean hukouTransferred) { this.hukouTransferred = hukouTransferred; }
	public Boolean getArchiveTransferred() { return archiveTransferred; }
	public void setArchiveTransferred(Boolean archiveTransferred) { this.archiveTransferred = archiveTransferred; }
	public String getMobile() { return mobile; }
	public void setMobile(String mobile) { this.mobile = mobile; }
	public String getHomePhone() { return homePhone; }
	public void setHomePhone(String homePhone) { this.homePhone = homePhone; }
	public String getHomeDivisionCode() { return homeDivisionCode; }
	public void setHomeDivisionCode(String homeDivisionCode) { this.homeDivisionCode = homeDivisionCode; }
	public String getHomeAddressDetail() { return homeAddressDetail; }
	public void setHomeAddressDetail(String homeAddressDetail) { this.homeAddressDetail = homeAddressDetail; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
}
