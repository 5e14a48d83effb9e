package com.gradverify.verification.web;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewRecord;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.ComparisonStatus;
import com.gradverify.verification.FieldComparison;
import com.gradverify.verification.FormFields;
import com.gradverify.verification.FormFields.Section;
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
		var sections = Sections.of(view.form());
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

	/**
	 * The form's values in its four sections, each field under its property with its value as typed
	 * (text, yyyy-MM-dd, a number, true/false, null when empty), as {@link FormFields} declares them.
	 */
	@Schema(name = FormSectionsSchema.NAME, description = "The form's values by section, each field under its name")
	record Sections(Map<String, Object> identity, Map<String, Object> enrolment, Map<String, Object> archive,
			Map<String, Object> contact) {

		static Sections of(VerificationForm form) {
			return new Sections(values(Section.IDENTITY, form), values(Section.ENROLMENT, form),
					values(Section.ARCHIVE, form), values(Section.CONTACT, form));
		}

		private static Map<String, Object> values(Section section, VerificationForm form) {
			// null values stay: a client sees every field of the section, filled in or not
			var values = new LinkedHashMap<String, Object>();
			section.fields().forEach(field -> values.put(field.property(), field.value(form)));
			return Collections.unmodifiableMap(values);
		}
	}
}
