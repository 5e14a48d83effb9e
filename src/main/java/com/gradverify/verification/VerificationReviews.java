package com.gradverify.verification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.review.ReviewState;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewField;
import com.gradverify.review.ReviewHistory;
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

	private final ReviewHistory reviews;

	private final AuditTrail audit;

	private final EvidenceFiles evidence;

	VerificationReviews(VerificationApplications applications,
			RegistryRecords registry, ReferenceData reference, ReviewHistory reviews, AuditTrail audit,
			EvidenceFiles evidence) {
		this.evidence = evidence;
		this.applications = applications;
		this.registry = registry;
		this.reference = reference;
		this.reviews = reviews;
		this.audit = audit;
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
	public Map<String, Object> detail(long id) {
		VerificationApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("review.notFound"));
		RegistryEntry entry = application.isBound() ? registry.find(application.getRegistryRecordId()).orElse(null)
				: null;
		VerificationForm form = application.getForm();
		RegistryChanges changes = RegistryChanges.of(form, entry);
		Map<String, Object> model = new HashMap<>();
		model.put("reviewed", new ReviewedApplication(application.getId(), application.getStatus(),
				application.isBound(), application.getVersion(), application.getMismatchCount(),
				application.getNotComparedCount(), application.isRegistryChanged(), application.getOriginEvidenceId(),
				application.getSubmittedAt(), changes.count()));
		model.put("form", form);
		model.put("registry", entry);
		model.put("marks", Comparison.of(form, entry).byProperty());
		model.put("originPlaceName",
				form.getOriginPlaceCode() == null ? null : reference.originPlaceName(form.getOriginPlaceCode()).orElse(null));
		model.put("registryOriginPlaceName", entry == null || entry.originPlaceCode() == null ? null
				: reference.originPlaceName(entry.originPlaceCode()).orElse(null));
		model.put("decisions", reviews.of(KIND, id));
		model.put("history", audit.of("verification", Long.toString(id)));
		model.put("keyFields", keyFieldRows(form, entry));
		model.put("fields", fieldRows(form, entry));
		model.put("originEvidence", application.getOriginEvidenceId() == null ? List.of()
				: evidence.findAll(List.of(application.getOriginEvidenceId())));
		return model;
	}

	private static List<KeyFieldRow> keyFieldRows(VerificationForm form, RegistryEntry entry) {
		Comparison comparison = Comparison.of(form, entry);
		var rows = new ArrayList<KeyFieldRow>();
		for (KeyField field : KeyField.values()) {
			FieldComparison c = comparison.of(field);
			rows.add(new KeyFieldRow(field.property(), field.textIn(form), entry == null ? null : field.textIn(entry), c.status()));
		}
		return rows;
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

	@Override
	public ReviewDocument document(long id) {
		VerificationApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("review.notFound"));
		RegistryEntry entry = application.isBound() ? registry.find(application.getRegistryRecordId()).orElse(null)
				: null;
		VerificationForm form = application.getForm();
		Map<String, ComparisonStatus> marks = marks(form, entry);
		List<ReviewDocument.Field> fields = FormFields.ALL.stream().map(f -> {
			ComparisonStatus mark = marks.get(f.property());
			String value = f.valueIn(form);
			String registryValue = f.valueIn(entry);
			return new ReviewDocument.Field(f.section(), f.property(), value, registryValue,
					mark == null ? null : mark.name(), name(f, value).orElse(null),
					name(f, registryValue).orElse(null));
		}).toList();
		List<ReviewDocument.HistoryEntry> history = audit.of("verification", Long.toString(id))
			.stream()
			.map(e -> new ReviewDocument.HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.details()))
			.toList();
		return new ReviewDocument(KIND, id, application.getStatus().name(), application.getVersion(),
				application.isBound(), application.getMismatchCount(), application.getNotComparedCount(),
				application.isRegistryChanged(), application.getOriginEvidenceId(), application.getSubmittedAt(), fields,
				reviews.of(KIND, id), history, (int) marks.values().stream().filter(ComparisonStatus.CHANGED::equals).count());
	}

	/** Every field of the form, so a rejection can point at any of them; labels are the form's own. */
	@Override
	public List<ReviewField> fields() {
		return FormFields.ALL.stream().map(f -> new ReviewField(f.property(), "field." + f.property())).toList();
	}

	@Override
	public String detailFragment() {
		return "verification/review :: detail";
	}

	@Override
	public List<Moved> moveUndecided(Map<Long, Long> collegeByAccount) {
		List<Moved> moved = CollegeMovable.moveAll(applications.findByAccountIdIn(collegeByAccount.keySet()),
				collegeByAccount);
		// the loaded applications are managed: flushing writes the moves and their new versions now
		applications.flush();
		return moved;
	}

	/** The application's state for the reviewer's detail page. */
	public record ReviewedApplication(long id, ReviewState status, boolean bound, long version, int mismatchCount,
			int notComparedCount, boolean registryChanged, Long originEvidenceId, java.time.Instant submittedAt,
			int changedCount) {
	}

	/**
	 * One form field side by side with the registry's value; {@code status} is the key fields' mark,
	 * CHANGED for another registry-held field the student changed, and null otherwise.
	 */
	public record FieldRow(String section, String property, String formValue, String registryValue,
			ComparisonStatus status) {
	}

	/** One key field side by side: the form's value, the registry's, and the mark. */
	public record KeyFieldRow(String property, String formValue, String registryValue, ComparisonStatus status) {
	}
}
