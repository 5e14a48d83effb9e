package com.gradverify.review;

import java.time.Instant;
import java.util.List;

import com.gradverify.evidence.EvidenceFile;

/**
 * What a reviewer reads of one item, whatever its kind, as its {@link ReviewableKind} builds it: who
 * and in which state, the marks a reviewer should notice first, the item's fields in labelled
 * sections (each beside a reference value with its comparison mark, where the kind compares with
 * one), and the evidence. The template {@code review/detail-body} renders it for every kind and
 * {@link ReviewDocument} is made from it for the API; the review module adds the decisions and the
 * history. Every label is a message code ({@link Text}), never text.
 *
 * @param title who the item is about, e.g. the student's name
 * @param subtitle a second identifier beside the title, e.g. the 学号; may be null
 * @param status the item's state as its kind names it, e.g. {@code SUBMITTED}
 * @param statusText how the state reads
 * @param comparedWith what the rows' reference values are (e.g. the registry); null when the kind
 *        compares with nothing, and then no reference column is shown
 * @param applicant who applies, shown before the sections, when the item's own fields do not say
 *        it; null otherwise
 * @param sections the item's own fields, in the form's order
 */
public record ReviewDetail(String title, String subtitle, String status, Text statusText, Instant submittedAt,
		List<Mark> marks, List<Note> notes, List<Link> links, Text comparedWith, Section applicant,
		List<Section> sections, List<Evidence> evidence) {

	public ReviewDetail {
		marks = List.copyOf(marks);
		notes = List.copyOf(notes);
		links = List.copyOf(links);
		sections = List.copyOf(sections);
		evidence = List.copyOf(evidence);
	}

	/** Every row of the item's own sections (not the applicant's), in order. */
	public List<Row> rows() {
		return sections.stream().flatMap(section -> section.rows().stream()).toList();
	}

	/** A message from the bundles: its code and arguments. */
	public record Text(String code, List<Object> args) {

		public Text {
			args = List.copyOf(args);
		}

		public static Text of(String code, Object... args) {
			return new Text(code, List.of(args));
		}
	}

	/** How a mark looks: the badge styles of app.css. */
	public enum Tone {

		INFO, OK, WARN, DANGER, CHANGED
	}

	/**
	 * Something about the item as a whole, shown as a badge beside its title: {@code code} is stable for
	 * API clients (e.g. MISMATCH), {@code count} how many rows it concerns, or null for a plain flag.
	 */
	public record Mark(String code, Integer count, Tone tone, Text text) {
	}

	/** A sentence about the item under its title, e.g. how to read the marks; DANGER ones stand out as alerts. */
	public record Note(Tone tone, Text text) {
	}

	/** A link to another page about the item, e.g. a printable sheet; {@code id} is the element's id. */
	public record Link(String id, Text label, String url) {
	}

	/** Labelled rows under a title; {@code id} is stable (e.g. identity) and names the section in the API. */
	public record Section(String id, Text title, List<Row> rows) {

		public Section {
			rows = List.copyOf(rows);
		}
	}

	/**
	 * One field: its stable {@code name}, label, value and the reference's value (null when there is
	 * none); {@code valueName} and {@code referenceName} name coded values (01 → 汉族), null for others;
	 * {@code comparison} is null when the field is not compared.
	 */
	public record Row(String name, Text label, String value, String valueName, String reference,
			String referenceName, Comparison comparison) {

		/** A field that is compared with nothing. */
		public static Row of(String name, Text label, String value, String valueName) {
			return new Row(name, label, value, valueName, null, null, null);
		}
	}

	/**
	 * A row's value against the reference: 一致, 不匹配, 未比对 (no reference value to compare with),
	 * 不适用 (does not concern this applicant), 已修改 (the applicant changed the reference's value).
	 */
	public enum Comparison {

		MATCH, MISMATCH, NOT_COMPARED, NOT_APPLICABLE, CHANGED
	}

	/** Files that back the item under a title; {@code id} is stable (e.g. origin-evidence). */
	public record Evidence(String id, Text title, List<EvidenceFile> files) {

		public Evidence {
			files = List.copyOf(files);
		}
	}
}
