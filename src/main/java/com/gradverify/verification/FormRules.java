package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.shared.ExamineeNo;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MajorCode;
import com.gradverify.shared.MobileNumber;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Component;

/**
 * The form's rules. A draft keeps whatever was typed: only values longer than {@link #MAX_LENGTH}
 * are refused, and the format rules say which saved fields are not yet valid. Submission enforces
 * the format rules, completeness and the rules between fields, all of them in one answer.
 */
@Component
class FormRules {

	/** The longest value any field of the form keeps; longer input is refused, not cut. */
	static final int MAX_LENGTH = 200;

	/** What a value that could not even be read as its type (a date, a number, a yes/no) is told. */
	private static final Map<String, String> UNREADABLE = Map.of("birthDate", "verification.date.format",
			"enrolmentDate", "verification.date.format", "graduationDate", "verification.date.format",
			"schoolingLength", "verification.schoolingLength.format", "hukouTransferred",
			"verification.choice.format", "archiveTransferred", "verification.choice.format");

	private static final List<String> ORDER = FormFields.ALL.stream().map(FormFields::property).toList();

	private static final BigDecimal SHORTEST_SCHOOLING = new BigDecimal("1.5");

	private static final BigDecimal LONGEST_SCHOOLING = new BigDecimal("9.5");

	private final ReferenceData reference;

	FormRules(ReferenceData reference) {
		this.reference = reference;
	}

	/** What a draft refuses: values longer than any field keeps, typed ones and unreadable ones alike. */
	List<Violation> overLong(VerificationForm form, Map<String, String> unreadable) {
		var v = new ArrayList<Violation>();
		for (FormFields field : FormFields.ALL) {
			String value = unreadable.containsKey(field.property()) ? unreadable.get(field.property())
					: field.valueIn(form);
			if (value != null && value.length() > MAX_LENGTH) {
				v.add(new Violation(field.property(), "verification.tooLong", MAX_LENGTH, value.length()));
			}
		}
		return v;
	}

	/**
	 * The fields of a saved draft that are not yet valid: malformed values, and values that could
	 * not be read as their type ({@code unreadable}, the text as typed by property), in form order.
	 */
	List<Violation> draftProblems(VerificationForm form, Map<String, String> unreadable) {
		var v = new ArrayList<Violation>(formatViolations(form));
		unreadable.keySet().forEach(field -> v.add(unreadable(field)));
		return inFormOrder(v);
	}

	static Violation unreadable(String field) {
		return new Violation(field, UNREADABLE.getOrDefault(field, "typeMismatch"));
	}

	/** Values that are filled in but malformed. */
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

	/**
	 * What blocks 申请实名认证: every required field, every format rule and the rules between fields,
	 * each field's problems at once. A value kept {@code unreadable} counts as filled in but malformed.
	 */
	List<Violation> submissionViolations(VerificationForm form, Map<String, String> unreadable, RegistryEntry entry,
			boolean hasOriginEvidence) {
		var v = new ArrayList<Violation>(submissionViolations(form, entry, hasOriginEvidence));
		v.removeIf(violation -> unreadable.containsKey(violation.field())
				&& "verification.required".equals(violation.code()));
		unreadable.keySet().forEach(field -> v.add(unreadable(field)));
		return inFormOrder(v);
	}

	private static List<Violation> inFormOrder(List<Violation> violations) {
		return violations.stream()
			.sorted(Comparator.comparingInt(violation -> violation.field() == null ? -1 : ORDER.indexOf(violation.field())))
			.toList();
	}

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

		if (Comparison.sponsored(form.getTrainingModeCode()) && form.getSponsorUnit() == null) {
			v.add(new Violation("sponsorUnit", "verification.sponsorUnit.required"));
		}
		identityConsistency(v, form);
		if (ContactRules.sameNumber(form.getHomePhone(), form.getMobile())) {
			v.add(new Violation("homePhone", "verification.homePhone.sameAsMobile"));
		}
		if (form.getArchiveUnit() != null && !ArchiveUnitRule.isInstitution(form.getArchiveUnit())) {
			v.add(new Violation("archiveUnit", "verification.archiveUnit.institution"));
		}
		policeStation(v, form);
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

	/** 入学前户口所在地派出所: the 生源地's written name, the station's own name, 派出所. */
	private void policeStation(List<Violation> v, VerificationForm form) {
		List<String> names = originNames(form.getOriginPlaceCode());
		String broken = PoliceStationRule.check(form.getPoliceStation(), names);
		if (broken == null) {
			return;
		}
		if (names.isEmpty() || broken.equals("policeStation.suffix")) {
			v.add(new Violation("policeStation", "verification." + broken));
		}
		else {
			// the message shows the student's own 生源地 as the example
			v.add(new Violation("policeStation", "verification." + broken + "For", names.get(0)));
		}
	}

	/**
	 * The 生源地 as the rules write it (湖南省衡阳市珠晖区, 湖南省岳阳县, 北京市海淀区), with which the 派出所
	 * must begin; for a division since renamed or abolished (110228 北京市密云县) also today's name
	 * (北京市密云区). Empty for no or an unknown code.
	 */
	List<String> originNames(String originCode) {
		if (originCode == null) {
			return List.of();
		}
		var names = new ArrayList<String>();
		var place = reference.originPlace(originCode);
		place.ifPresent(p -> names.add(p.name()));
		place.flatMap(OriginPlace::successorIfKnown).ifPresent(s -> names.add(s.name()));
		return names;
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
