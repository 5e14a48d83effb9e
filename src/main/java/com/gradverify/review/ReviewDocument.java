package com.gradverify.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One reviewable item as API clients see it, whatever its kind: its state, its marks, every field
 * (beside the reference's value with the comparison mark where the kind compares with one), its
 * evidence, the decisions so far and the history. Made from the kind's {@link ReviewDetail}, so the
 * pages and the API show the same.
 */
public record ReviewDocument(String kind, long id, String status, long version, Instant submittedAt,
		List<Mark> marks, List<Field> applicant, List<Field> fields, List<Evidence> evidence,
		List<ReviewRecord> decisions, List<HistoryEntry> history) {

	/** The document of an item a reviewer is entitled to. */
	public static ReviewDocument of(ReviewedItem item) {
		ReviewDetail detail = item.detail();
		return new ReviewDocument(item.target().kind(), item.target().id(), detail.status(), item.target().version(),
				detail.submittedAt(),
				detail.marks().stream().map(m -> new Mark(m.code(), m.count())).toList(),
				detail.applicant() == null ? List.of() : fields(Stream.of(detail.applicant())),
				fields(detail.sections().stream()),
				detail.evidence()
					.stream()
					.flatMap(group -> group.files()
						.stream()
						.map(f -> new Evidence(group.id(), f.id(), f.contentType(), f.displayName())))
					.toList(),
				item.decisions(),
				item.history()
					.stream()
					.map(e -> new HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.details()))
					.toList());
	}

	private static List<Field> fields(Stream<ReviewDetail.Section> sections) {
		return sections
			.flatMap(section -> section.rows()
				.stream()
				.map(r -> new Field(section.id(), r.name(), r.value(), r.valueName(), r.reference(),
						r.referenceName(), r.comparison() == null ? null : r.comparison().name())))
			.toList();
	}

	/**
	 * One field: {@code section} groups them (e.g. identity). {@code referenceValue} is the value the
	 * kind compares it with (for VERIFICATION the 学籍库 record's), null when there is none;
	 * {@code comparison} is MATCH, MISMATCH, NOT_COMPARED or NOT_APPLICABLE for compared key fields,
	 * CHANGED (已修改) for another field the reference holds that the applicant changed from
	 * {@code referenceValue}, and null otherwise. {@code valueName} and {@code referenceValueName} name
	 * coded values (01 → 汉族, 430621 → 湖南省岳阳县), null for others.
	 */
	@Schema(name = "ReviewDocumentField")
	public record Field(String section, String name, String value, String valueName, String referenceValue,
			String referenceValueName, String comparison) {
	}

	/**
	 * Something about the item as a whole, present only when it applies: {@code code} MISMATCH,
	 * NOT_COMPARED or CHANGED with {@code count} the fields it concerns, or a flag without a count:
	 * UNBOUND (no 学籍库 record to compare with), REGISTRY_CHANGED (the record was corrected after
	 * submission).
	 */
	@Schema(name = "ReviewMark")
	public record Mark(String code, Integer count) {
	}

	/**
	 * One evidence file, downloadable by the reviewer at {@code /evidence/{id}}; {@code group} says what
	 * it backs: origin-evidence (实名认证's 生源地 proof), application-evidence (协议's signed scan,
	 * 违约's 解约函).
	 */
	@Schema(name = "ReviewEvidence")
	public record Evidence(String group, long id, String contentType, String displayName) {
	}

	/** One audit entry about the item. */
	public record HistoryEntry(Instant at, String actor, String action, Map<String, Object> details) {
	}
}
