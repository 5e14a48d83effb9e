package com.gradverify.verification.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewRecord;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.ComparisonStatus;
import com.gradverify.verification.FieldComparison;
import com.gradverify.verification.OpenRejection;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationView;

/**
 * The API's view of an application: the form's values grouped by the four sections, each key
 * field's {@code {status, registryValue}}, the review results and the last rejection (null when
 * there was none); for an editable draft the fields not yet valid ({@code problems}) and the values
 * kept as typed because they are not of their type ({@code draftText}).
 */
record VerificationDocument(long applicationId, ReviewState status, boolean bound, long version,
		boolean editable, Sections sections, Map<String, Mark> comparison, boolean registryChanged,
		Instant submittedAt, List<ReviewResult> reviews, Rejection lastRejection, Map<String, String> draftText,
		List<FieldProblem> problems) {

	static VerificationDocument of(VerificationView view, List<ReviewRecord> decisions,
			Function<Violation, String> message) {
		Map<String, Mark> marks = new LinkedHashMap<>();
		for (Map.Entry<String, FieldComparison> entry : view.comparison().entrySet()) {
			marks.put(entry.getKey(), new Mark(entry.getValue().status(), entry.getValue().registryValue()));
		}
		VerificationForm f = view.form();
		var sections = new Sections(
				new Identity(f.getName(), f.getGenderCode(), f.getEthnicCode(), f.getIdCard(), f.getBirthDate(),
						f.getPoliticalCode()),
				new Enrolment(f.getExamineeNo(), f.getStudentNo(), f.getCollegeName(), f.getClassName(),
						f.getMajorCode(), f.getMajorName(), f.getEducationCode(), f.getSchoolingLength(),
						f.getTrainingModeCode(), f.getSponsorUnit(), f.getEnrolmentDate(), f.getGraduationDate(),
						f.getOriginPlaceCode(), f.getUrbanRuralCode(), f.getNormalStudentCode(), f.getDifficultyCode()),
				new Archive(f.getArchiveUnit(), f.getPoliceStation(), f.getHukouTransferred(),
						f.getArchiveTransferred()),
				new Contact(f.getMobile(), f.getHomePhone(), f.getHomeDivisionCode(), f.getHomeAddressDetail(),
						f.getPostcode(), f.getEmail()));
		return new VerificationDocument(view.applicationId(), view.status(), view.bound(), view.version(),
				view.editable(), sections, marks, view.registryChanged(), view.submittedAt(),
				decisions.stream()
					.map(d -> new ReviewResult(d.level(), d.decision(), d.comment(), d.decidedAt(), d.fields()))
					.toList(),
				OpenRejection.last(decisions)
					.map(r -> new Rejection(r.level(), r.comment(), r.fields(), r.decidedAt(),
							OpenRejection.of(view.status(), decisions).isPresent()))
					.orElse(null),
				view.draftText(),
				view.problems().stream().map(v -> new FieldProblem(v.field(), v.code(), message.apply(v))).toList());
	}

	/** A field not yet valid, as an API problem names it: the field, the message code and its text. */
	record FieldProblem(String field, String code, String message) {
	}

	/**
	 * One review decision as the student sees it under 实名认证结果: 学院 or 学校, the result, the
	 * comment and, for a rejection, the form fields it points at (names as in {@code sections}).
	 */
	record ReviewResult(ReviewLevel level, Decision decision, String comment, Instant decidedAt, List<String> fields) {
	}

	/**
	 * The last rejection: the level that rejected, its reason, the form fields to change (names as in
	 * {@code sections}) and whether it is still {@code open} (the application stands rejected; false
	 * once the student resubmitted).
	 */
	record Rejection(ReviewLevel level, String reason, List<String> fields, Instant decidedAt, boolean open) {
	}

	record Mark(ComparisonStatus status, String registryValue) {
	}

	record Sections(Identity identity, Enrolment enrolment, Archive archive, Contact contact) {
	}

	record Identity(String name, String genderCode, String ethnicCode, String idCard, java.time.LocalDate birthDate,
			String politicalCode) {
	}

	record Enrolment(String examineeNo, String studentNo, String collegeName, String className, String majorCode,
			String majorName, String educationCode, java.math.BigDecimal schoolingLength, String trainingModeCode,
			String sponsorUnit, java.time.LocalDate enrolmentDate, java.time.LocalDate graduationDate,
			String originPlaceCode, String urbanRuralCode, String normalStudentCode, String difficultyCode) {
	}

	record Archive(String archiveUnit, String policeStation, Boolean hukouTransferred, Boolean archiveTransferred) {
	}

	record Contact(String mobile, String homePhone, String homeDivisionCode, String homeAddressDetail,
			String postcode, String email) {
	}
}
