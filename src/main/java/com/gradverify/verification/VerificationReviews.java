package com.gradverify.verification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.review.ReviewState;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewDetail;
import com.gradverify.review.ReviewDetail.Text;
import com.gradverify.review.ReviewDetail.Tone;
import com.gradverify.review.ReviewField;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** 实名认证 applications as the review module sees them. */
@Component
class VerificationReviews implements ReviewableKind {

	static final String KIND = VerificationKind.NAME;

	private final VerificationApplications applications;

	private final RegistryRecords registry;

	private final ReferenceData reference;

	private final EvidenceFiles evidence;

	VerificationReviews(VerificationApplications applications, RegistryRecords registry, ReferenceData reference,
			EvidenceFiles evidence) {
		this.evidence = evidence;
		this.applications = applications;
		this.registry = registry;
		this.reference = reference;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<ReviewTarget> target(long id) {
		// a draft (never submitted, or withdrawn) is the student's alone
		return applications.findById(id)
			.filter(a -> a.getStatus() != ReviewState.DRAFT)
			.map(a -> new ReviewTarget(KIND, a.getId(), a.getCollegeId(), a.getStatus().awaiting(), a.getVersion()));
	}

	@Override
	public void apply(long id, ReviewLevel level, Decision decision) {
		VerificationApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("review.notFound"));
		application.decide(level, decision);
		applications.saveAndFlush(application);
	}

	@Override
	public ReviewDetail detail(long id) {
		VerificationApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("review.notFound"));
		RegistryEntry entry = application.isBound() ? registry.find(application.getRegistryRecordId()).orElse(null)
				: null;
		VerificationForm form = application.getForm();
		Map<String, ComparisonStatus> marks = marks(form, entry);
		int changed = (int) marks.values().stream().filter(ComparisonStatus.CHANGED::equals).count();
		Map<String, List<ReviewDetail.Row>> bySection = new LinkedHashMap<>();
		for (FormFields f : FormFields.ALL) {
			String value = f.valueIn(form);
			String registryValue = f.valueIn(entry);
			ComparisonStatus mark = marks.get(f.property());
			bySection.computeIfAbsent(f.section(), section -> new ArrayList<>())
				.add(new ReviewDetail.Row(f.property(), Text.of("field." + f.property()), value,
						name(f, value).orElse(null), registryValue, name(f, registryValue).orElse(null),
						mark == null ? null : ReviewDetail.Comparison.valueOf(mark.name())));
		}
		List<ReviewDetail.Section> sections = bySection.entrySet()
			.stream()
			.map(e -> new ReviewDetail.Section(e.getKey(), Text.of("section." + e.getKey()), e.getValue()))
			.toList();
		List<ReviewDetail.Evidence> originEvidence = application.getOriginEvidenceId() == null ? List.of()
				: List.of(new ReviewDetail.Evidence("origin-evidence", Text.of("review.evidence"),
						evidence.findAll(List.of(application.getOriginEvidenceId()))));
		return new ReviewDetail(form.getName(), form.getStudentNo(), application.getStatus().name(),
				Text.of("review.status." + application.getStatus().name()), application.getSubmittedAt(),
				badges(application, changed), notes(application, changed),
				List.of(new ReviewDetail.Link("print-link", Text.of("print.open"),
						"/reviews/verification/" + id + "/print")),
				Text.of("review.compare.registry"), null, sections, originEvidence);
	}

	/** 不匹配 n, 未比对 n, 已修改 n 项, 未绑定学籍, 学籍库已更正: what a reviewer looks at first. */
	private static List<ReviewDetail.Mark> badges(VerificationApplication application, int changed) {
		List<ReviewDetail.Mark> marks = new ArrayList<>();
		if (application.getMismatchCount() > 0) {
			marks.add(new ReviewDetail.Mark("MISMATCH", application.getMismatchCount(), Tone.DANGER,
					Text.of("review.badge.mismatch", application.getMismatchCount())));
		}
		if (application.getNotComparedCount() > 0) {
			marks.add(new ReviewDetail.Mark("NOT_COMPARED", application.getNotComparedCount(), Tone.WARN,
					Text.of("review.badge.notCompared", application.getNotComparedCount())));
		}
		if (changed > 0) {
			marks.add(new ReviewDetail.Mark("CHANGED", changed, Tone.CHANGED, Text.of("review.badge.changed", changed)));
		}
		if (!application.isBound()) {
			marks.add(new ReviewDetail.Mark("UNBOUND", null, Tone.WARN, Text.of("review.badge.unbound")));
		}
		if (application.isRegistryChanged()) {
			marks.add(new ReviewDetail.Mark("REGISTRY_CHANGED", null, Tone.DANGER,
					Text.of("review.badge.registryChanged")));
		}
		return marks;
	}

	/** How to read the comparison: no registry record, what 已修改 means, a registry corrected since. */
	private static List<ReviewDetail.Note> notes(VerificationApplication application, int changed) {
		List<ReviewDetail.Note> notes = new ArrayList<>();
		if (!application.isBound()) {
			notes.add(new ReviewDetail.Note(Tone.INFO, Text.of("review.compare.unbound")));
		}
		if (changed > 0) {
			notes.add(new ReviewDetail.Note(Tone.CHANGED, Text.of("review.compare.changedHint")));
		}
		if (application.isRegistryChanged()) {
			notes.add(new ReviewDetail.Note(Tone.DANGER, Text.of("review.compare.registryChanged")));
		}
		return notes;
	}

	/**
	 * Every form field next to the registry's value, codes explained (汉族（01）), with the key fields'
	 * marks and 已修改 on the other registry-held fields the student changed.
	 */
	List<FieldRow> fieldRows(VerificationForm form, RegistryEntry entry) {
		Map<String, ComparisonStatus> marks = marks(form, entry);
		return FormFields.ALL.stream()
			.map(f -> new FieldRow(f.section(), f.property(), readable(f, f.valueIn(form)),
					readable(f, f.valueIn(entry)), marks.get(f.property())))
			.toList();
	}

	/** By form property: the key fields' comparison, and CHANGED for the other fields the student changed. */
	private static Map<String, ComparisonStatus> marks(VerificationForm form, RegistryEntry entry) {
		Map<String, ComparisonStatus> marks = new HashMap<>();
		Comparison.of(form, entry).byProperty().forEach((property, mark) -> marks.put(property, mark.status()));
		RegistryChanges.of(form, entry).changes().forEach(c -> marks.put(c.property(), ComparisonStatus.CHANGED));
		return marks;
	}

	private String readable(FormFields field, String value) {
		return name(field, value).map(name -> name + "（" + value + "）").orElse(value);
	}

	/** The name of a coded value (汉族 for 民族 01, 湖南省岳阳县 for 生源地 430621), empty for other values. */
	private Optional<String> name(FormFields field, String value) {
		if (value == null) {
			return Optional.empty();
		}
		if (field.codeTable() != null) {
			return reference.codeName(field.codeTable(), value);
		}
		if ("originPlaceCode".equals(field.property())) {
			return reference.originPlaceName(value);
		}
		if ("homeDivisionCode".equals(field.property()) && value.length() >= 6) {
			String county = reference.originPlaceName(value.substring(0, 6)).orElse("");
			String town = value.length() > 6 ? reference.division(value).map(d -> d.name()).orElse("") : "";
			return county.isEmpty() ? Optional.empty() : Optional.of(county + town);
		}
		return Optional.empty();
	}

	/** Every field of the form, so a rejection can point at any of them; labels are the form's own. */
	@Override
	public List<ReviewField> fields() {
		return FormFields.ALL.stream().map(f -> new ReviewField(f.property(), "field." + f.property())).toList();
	}

	@Override
	public List<Moved> moveUndecided(Map<Long, Long> collegeByAccount) {
		List<Moved> moved = CollegeMovable.moveAll(applications.findByAccountIdIn(collegeByAccount.keySet()),
				collegeByAccount);
		// the loaded applications are managed: flushing writes the moves and their new versions now
		applications.flush();
		return moved;
	}

	/**
	 * One form field side by side with the registry's value; {@code status} is the key fields' mark,
	 * CHANGED for another registry-held field the student changed, and null otherwise.
	 */
	public record FieldRow(String section, String property, String formValue, String registryValue,
			ComparisonStatus status) {
	}
}
