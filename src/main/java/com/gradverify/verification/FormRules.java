package com.gradverify.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Component;

/**
 * The form's rules. A draft keeps whatever was typed: only values longer than {@link #MAX_LENGTH}
 * are refused, and the format rules say which saved fields are not yet valid. Submission enforces
 * the format rules, completeness and the rules between fields, all of them in one answer. What
 * concerns one field alone (required on submission, its format, how an unreadable value is told)
 * is declared with the field in {@link FormFields}; the rules between fields are here.
 */
@Component
class FormRules {

	/** The longest value any field of the form keeps; longer input is refused, not cut. */
	static final int MAX_LENGTH = 200;

	private static final List<String> ORDER = FormFields.ALL.stream().map(FormFields::property).toList();

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
		return new Violation(field, FormFields.of(field).map(FormFields::unreadableCode).orElse("typeMismatch"));
	}

	/** Values that are filled in but malformed, each as its field declares, then the dates' order. */
	List<Violation> formatViolations(VerificationForm form) {
		var v = new ArrayList<Violation>();
		for (FormFields field : FormFields.ALL) {
			String problem = field.problem(form, reference);
			if (problem != null) {
				v.add(new Violation(field.property(), problem));
			}
		}
		if (form.getEnrolmentDate() != null && form.getGraduationDate() != null
				&& !form.getEnrolmentDate().isBefore(form.getGraduationDate())) {
			v.add(new Violation("graduationDate", "verification.graduationDate.beforeEnrolment"));
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
		for (FormFields field : FormFields.ALL) {
			if (field.required() && field.value(form) == null) {
				v.add(new Violation(field.property(), "verification.required"));
			}
		}
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
}
