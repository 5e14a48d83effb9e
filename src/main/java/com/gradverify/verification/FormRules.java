package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.reference.ReferenceData.Successor;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.shared.ExamineeNo;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MajorCode;
import com.gradverify.shared.MobileNumber;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Component;

/**
 * The form's rules. Format rules apply to whatever is filled in and are all that block a draft;
 * submission adds completeness and the rules between fields.
 */
@Component
class FormRules {

	private static final BigDecimal SHORTEST_SCHOOLING = new BigDecimal("1.5");

	private static final BigDecimal LONGEST_SCHOOLING = new BigDecimal("9.5");

	private final ReferenceData reference;

	FormRules(ReferenceData reference) {
		this.reference = reference;
	}

	/** What blocks saving a draft: values that are filled in but malformed. */
	List<Violation> formatViolations(VerificationForm form) {
		var v = new ArrayList<Violation>();
		if (form.getIdCard() != null) {
			try {
				IdCardNumber.of(form.getIdCard());
			}
			catch (InvalidValueException ex) {
				v.add(new Violation("idCard", ex.messageCode()));
			}
		}
		if (form.getExamineeNo() != null && !ExamineeNo.isValid(form.getExamineeNo())) {
			v.add(new Violation("examineeNo", "examineeNo.format"));
		}
		if (form.getMajorCode() != null && !MajorCode.isValid(form.getMajorCode())) {
			v.add(new Violation("majorCode", "verification.majorCode.format"));
		}
		code(v, "genderCode", CodeTable.GENDER, form.getGenderCode());
		code(v, "ethnicCode", CodeTable.ETHNICITY, form.getEthnicCode());
		code(v, "politicalCode", CodeTable.POLITICAL_STATUS, form.getPoliticalCode());
		code(v, "educationCode", CodeTable.EDUCATION_LEVEL, form.getEducationCode());
		code(v, "trainingModeCode", CodeTable.TRAINING_MODE, form.getTrainingModeCode());
		code(v, "urbanRuralCode", CodeTable.URBAN_RURAL, form.getUrbanRuralCode());
		code(v, "normalStudentCode", CodeTable.NORMAL_STUDENT, form.getNormalStudentCode());
		code(v, "difficultyCode", CodeTable.DIFFICULTY, form.getDifficultyCode());
		BigDecimal years = form.getSchoolingLength();
		if (years != null && (years.compareTo(SHORTEST_SCHOOLING) < 0 || years.compareTo(LONGEST_SCHOOLING) > 0
				|| years.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)) {
			v.add(new Violation("schoolingLength", "verification.schoolingLength.range"));
		}
		// the registry's own code may name a division since abolished (110228 密云县): still a 生源地
		if (form.getOriginPlaceCode() != null && (!form.getOriginPlaceCode().matches("[0-9]{6}")
				|| reference.originPlace(form.getOriginPlaceCode()).isEmpty())) {
			v.add(new Violation("originPlaceCode", "verification.originPlace.unknown"));
		}
		if (form.getHomeDivisionCode() != null && !reference.divisionExists(form.getHomeDivisionCode())) {
			v.add(new Violation("homeDivisionCode", "verification.homeAddress.unknown"));
		}
		if (form.getBirthDate() != null && form.getBirthDate().isAfter(LocalDate.now())) {
			v.add(new Violation("birthDate", "verification.birthDate.future"));
		}
		if (form.getEnrolmentDate() != null && form.getGraduationDate() != null
				&& !form.getEnrolmentDate().isBefore(form.getGraduationDate())) {
			v.add(new Violation("graduationDate", "verification.graduationDate.beforeEnrolment"));
		}
		if (form.getHomePhone() != null && !ContactRules.isHomePhone(form.getHomePhone())) {
			v.add(new Violation("homePhone", "verification.homePhone.format"));
		}
		if (form.getPostcode() != null && !ContactRules.isPostcode(form.getPostcode())) {
			v.add(new Violation("postcode", "verification.postcode.format"));
		}
		if (form.getEmail() != null && !ContactRules.isEmail(form.getEmail())) {
			v.add(new Violation("email", "verification.email.format"));
		}
		if (form.getMobile() != null && !MobileNumber.isValid(form.getMobile())) {
			v.add(new Violation("mobile", "mobile.format"));
		}
		return v;
	}

	/** What blocks 申请实名认证: every required field, every format rule and the rules between fields. */
	List<Violation> submissionViolations(VerificationForm form, RegistryEntry entry, boolean hasOriginEvidence) {
		var v = new ArrayList<Violation>();
		required(v, form, "name", VerificationForm::getName);
		required(v, form, "genderCode", VerificationForm::getGenderCode);
		required(v, form, "ethnicCode", VerificationForm::getEthnicCode);
		required(v, form, "idCard", VerificationForm::getIdCard);
		required(v, form, "birthDate", VerificationForm::getBirthDate);
		required(v, form, "politicalCode", VerificationForm::getPoliticalCode);
		required(v, form, "examineeNo", VerificationForm::getExamineeNo);
		required(v, form, "collegeName", VerificationForm::getCollegeName);
		required(v, form, "majorCode", VerificationForm::getMajorCode);
		required(v, form, "majorName", VerificationForm::getMajorName);
		required(v, form, "educationCode", VerificationForm::getEducationCode);
		required(v, form, "schoolingLength", VerificationForm::getSchoolingLength);
		required(v, form, "trainingModeCode", VerificationForm::getTrainingModeCode);
		required(v, form, "enrolmentDate", VerificationForm::getEnrolmentDate);
		required(v, form, "graduationDate", VerificationForm::getGraduationDate);
		required(v, form, "originPlaceCode", VerificationForm::getOriginPlaceCode);
		required(v, form, "urbanRuralCode", VerificationForm::getUrbanRuralCode);
		required(v, form, "normalStudentCode", VerificationForm::getNormalStudentCode);
		required(v, form, "difficultyCode", VerificationForm::getDifficultyCode);
		required(v, form, "archiveUnit", VerificationForm::getArchiveUnit);
		required(v, form, "policeStation", VerificationForm::getPoliceStation);
		required(v, form, "hukouTransferred", VerificationForm::getHukouTransferred);
		required(v, form, "archiveTransferred", VerificationForm::getArchiveTransferred);
		required(v, form, "mobile", VerificationForm::getMobile);
		required(v, form, "homePhone", VerificationForm::getHomePhone);
		required(v, form, "homeAddressDetail", VerificationForm::getHomeAddressDetail);
		required(v, form, "postcode", VerificationForm::getPostcode);
		required(v, form, "email", VerificationForm::getEmail);
		v.addAll(formatViolations(form));

		if (isSponsored(form.getTrainingModeCode()) && form.getSponsorUnit() == null) {
			v.add(new Violation("sponsorUnit", "verification.sponsorUnit.required"));
		}
		identityConsistency(v, form);
		if (ContactRules.sameNumber(form.getHomePhone(), form.getMobile())) {
			v.add(new Violation("homePhone", "verification.homePhone.sameAsMobile"));
		}
		if (form.getArchiveUnit() != null && !ArchiveUnitRule.isInstitution(form.getArchiveUnit())) {
			v.add(new Violation("archiveUnit", "verification.archiveUnit.institution"));
		}
		String station = PoliceStationRule.check(form.getPoliceStation(), originNames(form.getOriginPlaceCode()));
		if (station != null) {
			v.add(new Violation("policeStation", "verification." + station));
		}
		homeAddress(v, form);
		if (entry != null && entry.originPlaceCode() != null && form.getOriginPlaceCode() != null
				&& !entry.originPlaceCode().equals(form.getOriginPlaceCode()) && !hasOriginEvidence) {
			v.add(new Violation("originPlaceCode", "verification.originPlace.evidenceRequired"));
		}
		return v;
	}

	/** 家庭地址: 省, then 市 or the county itself, then 区/镇/乡, then the street and number. */
	private void homeAddress(List<Violation> v, VerificationForm form) {
		String code = form.getHomeDivisionCode();
		if (code == null || code.length() < 6) {
			v.add(new Violation("homeDivisionCode", "verification.homeAddress.incomplete"));
			return;
		}
		boolean county = code.length() == 6 && reference.division(code)
			.map(d -> !d.name().endsWith("区"))
			.orElse(false);
		if (county) {
			v.add(new Violation("homeDivisionCode", "verification.homeAddress.townRequired"));
		}
	}

	private void identityConsistency(List<Violation> v, VerificationForm form) {
		if (form.getIdCard() == null || !IdCardNumber.isValid(form.getIdCard())) {
			return;
		}
		IdCardNumber idCard = IdCardNumber.of(form.getIdCard());
		if (form.getBirthDate() != null && !form.getBirthDate().equals(idCard.birthDate())) {
			v.add(new Violation("birthDate", "verification.birthDate.idCardMismatch"));
		}
		if (form.getGenderCode() != null && !form.getGenderCode().equals(idCard.genderCode())) {
			v.add(new Violation("genderCode", "verification.gender.idCardMismatch"));
		}
	}

	/**
	 * The 生源地 and the divisions above it, in full and short forms, as a 派出所 name may begin. For a
	 * division since abolished (110228 密云县) also today's (北京市密云区), or the nearest current parent.
	 */
	List<String> originNames(String originCode) {
		if (originCode == null) {
			return List.of();
		}
		var names = new ArrayList<String>();
		var place = reference.originPlace(originCode);
		place.ifPresent(p -> names.add(p.name()));
		var successor = place.flatMap(OriginPlace::successorIfKnown);
		successor.ifPresent(s -> names.add(s.name()));
		String code = successor.map(Successor::code).orElse(originCode);
		while (code.length() > 2 && reference.division(code).isEmpty()) {
			code = code.substring(0, code.length() - 2);
		}
		while (code != null) {
			var division = reference.division(code);
			if (division.isEmpty()) {
				break;
			}
			String name = division.get().name();
			if (!name.contains("辖")) {
				names.add(name);
				String shortName = name.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
				if (!shortName.equals(name) && shortName.length() >= 2) {
					names.add(shortName);
				}
			}
			code = division.get().parentCode();
		}
		return names;
	}

	private static boolean isSponsored(String trainingMode) {
		return "2".equals(trainingMode) || "4".equals(trainingMode);
	}

	private void code(List<Violation> v, String field, CodeTable table, String code) {
		if (code != null && !reference.isValidCode(table, code)) {
			v.add(new Violation(field, "verification.code.unknown"));
		}
	}

	private static void required(List<Violation> v, VerificationForm form, String field,
			Function<VerificationForm, Object> value) {
		if (value.apply(form) == null) {
			v.add(new Violation(field, "verification.required"));
		}
	}
}
