package com.gradverify.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.DomainException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two-level review for every reviewable kind: queues scoped to the reviewer, decisions checked
 * against the reviewer's level and college, batch approval, and the record of every decision.
 */
@Service
public class ReviewService {

	private final Map<String, ReviewableKind> kinds;

	private final ReviewHistory history;

	private final List<ReviewDetailSection> sections;

	private final AuditTrail audit;

	private final TransactionTemplate eachInItsOwnTransaction;

	private final ReviewItems items;

	ReviewService(List<ReviewableKind> kinds, ReviewHistory history, List<ReviewDetailSection> sections, AuditTrail audit,
			PlatformTransactionManager transactions, ReviewItems items) {
		this.sections = sections;
		this.items = items;
		this.kinds = kinds.stream().collect(Collectors.toMap(ReviewableKind::kind, Function.identity()));
		this.history = history;
		this.audit = audit;
		this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
	}

	/** The level a reviewer works at; anyone else is no reviewer. */
	public static ReviewLevel levelOf(SignedInAccount reviewer) {
		if (reviewer.role() == Role.COLLEGE_REVIEWER) {
			return ReviewLevel.COLLEGE;
		}
		if (reviewer.role() == Role.SCHOOL_REVIEWER) {
			return ReviewLevel.SCHOOL;
		}
		throw new AccessDeniedException("not a reviewer");
	}

	/** The kind that names every kind at once in {@link #queue}. */
	public static final String ALL_KINDS = "ALL";

	/** The registered kinds, e.g. VERIFICATION, AGREEMENT, BREACH, in a stable order. */
	public List<String> kinds() {
		return kinds.keySet().stream().sorted(Comparator.comparing(k -> "VERIFICATION".equals(k) ? "" : k)).toList();
	}

	/** The reviewer's queue of one kind, or of {@link #ALL_KINDS} in one order, paged by the database. */
	@Transactional(readOnly = true)
	public QueuePage queue(SignedInAccount reviewer, String kind, QueueQuery query) {
		QueueQuery scoped = scoped(reviewer, query);
		return items.page(queueKind(kind), scoped).inYear(scoped.graduationYear());
	}

	/**
	 * The items before and after {@code kind}/{@code id} in the reviewer's queue of {@code queueKind} (one
	 * kind or {@link #ALL_KINDS}) with its filters and order, so the reviewer can go on without the queue.
	 */
	@Transactional(readOnly = true)
	public Neighbours neighbours(SignedInAccount reviewer, String queueKind, QueueQuery query, String kind, long id) {
		var found = items.neighbours(queueKind(queueKind), scoped(reviewer, query), kind(kind).kind(), id);
		return new Neighbours(found.previous().map(ref -> new ItemLink(ref.kind(), ref.id())).orElse(null),
				found.next().map(ref -> new ItemLink(ref.kind(), ref.id())).orElse(null));
	}

	private static QueueQuery scoped(SignedInAccount reviewer, QueueQuery query) {
		ReviewLevel level = levelOf(reviewer);
		QueueQuery scoped = query.at(level, query.page(), query.size());
		return level == ReviewLevel.COLLEGE ? scoped.forCollege(reviewer.collegeId()) : scoped;
	}

	/** The canonical kind, or null for every kind. */
	private String queueKind(String kind) {
		return ALL_KINDS.equalsIgnoreCase(kind) ? null : kind(kind).kind();
	}

	/** The item with its kind's detail, decisions and history, for a reviewer entitled to see it. */
	@Transactional(readOnly = true)
	public ReviewedItem detail(SignedInAccount reviewer, String kind, long id) {
		ReviewableKind reviewable = kind(kind);
		ReviewTarget target = visibleTarget(reviewer, reviewable, id);
		// decisions are recorded under the canonical kind, audit entries under its lower-case name
		return new ReviewedItem(target, reviewable.detail(id), history.of(reviewable.kind(), id),
				audit.of(subjectType(reviewable), Long.toString(id)));
	}

	/** The other modules' sections for an item's detail page; call after {@link #detail} has checked access. */
	public List<ReviewDetailSection.Rendered> detailSections(String kind, long id) {
		String canonical = kind(kind).kind();
		return sections.stream()
			.filter(section -> section.appliesTo(canonical))
			.map(section -> new ReviewDetailSection.Rendered(section.fragment(), section.model(id)))
			.toList();
	}

	/** The item as the JSON API shows it, for a reviewer entitled to see it. */
	@Transactional(readOnly = true)
	public ReviewDocument document(SignedInAccount reviewer, String kind, long id) {
		return ReviewDocument.of(detail(reviewer, kind, id));
	}

	@Transactional(readOnly = true)
	public ReviewTarget target(SignedInAccount reviewer, String kind, long id) {
		return visibleTarget(reviewer, kind(kind), id);
	}

	/** The fields of a kind's form a reviewer may point at when rejecting, in the form's order. */
	public List<ReviewField> fields(String kind) {
		return kind(kind).fields();
	}

	/** A decision that points at no fields; see {@link #decide(SignedInAccount, String, long, Decision, String, Long, Collection)}. */
	@Transactional
	public void decide(SignedInAccount reviewer, String kind, long id, Decision decision, String comment,
			Long expectedVersion) {
		decide(reviewer, kind, id, decision, comment, expectedVersion, List.of());
	}

	/**
	 * Records a decision at the reviewer's level. A stale {@code expectedVersion} (someone else
	 * acted first) or an item not waiting for this level is a conflict, never a silent overwrite.
	 * A rejection may point at {@code fields} of the kind's form (names from {@link #fields}); an
	 * unknown name, or fields with another decision, is refused and changes nothing.
	 */
	@Transactional
	public void decide(SignedInAccount reviewer, String kind, long id, Decision decision, String comment,
			Long expectedVersion, Collection<String> fields) {
		ReviewableKind reviewable = kind(kind);
		ReviewLevel level = levelOf(reviewer);
		ReviewTarget target = visibleTarget(reviewer, reviewable, id);
		String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
		List<Violation> violations = new ArrayList<>();
		if (decision == Decision.REJECT && cleanComment == null) {
			violations.add(new Violation("comment", "review.comment.required"));
		}
		if (cleanComment != null && cleanComment.length() > 500) {
			violations.add(new Violation("comment", "review.comment.tooLong"));
		}
		List<String> pointed = pointedFields(reviewable, decision, fields, violations);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		if (decision == Decision.RETURN && level != ReviewLevel.SCHOOL) {
			throw new ConflictException("review.returnOnlyBySchool");
		}
		if (target.awaiting() != level) {
			throw new ConflictException("review.notAwaiting");
		}
		if (expectedVersion != null && expectedVersion != target.version()) {
			throw new ConflictException("review.actedByOther");
		}
		// the form as the reviewer rejected it, to tell later what the student changed before submitting again
		Map<String, String> form = decision == Decision.REJECT ? formValues(reviewable, id) : null;
		reviewable.apply(id, level, decision);
		// the canonical kind, not the caller's spelling, or ReviewHistory.of(KIND, id) would miss it
		history.record(reviewable.kind(), id, level, decision, cleanComment, pointed, form, reviewer.id(),
				reviewer.displayName());
		// under the owning module's subject type, so the item's own history shows its decisions
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("level", level);
		if (cleanComment != null) {
			details.put("comment", cleanComment);
		}
		if (!pointed.isEmpty()) {
			details.put("fields", pointed);
		}
		audit.record(reviewer.username(), "review." + decision.name().toLowerCase(Locale.ROOT),
				subjectType(reviewable), Long.toString(id), details);
	}

	/** The named fields in the form's order, each once; adds a violation for unknown names or a decision other than reject. */
	private static List<String> pointedFields(ReviewableKind reviewable, Decision decision, Collection<String> fields,
			List<Violation> violations) {
		if (fields == null || fields.isEmpty()) {
			return List.of();
		}
		if (decision != Decision.REJECT) {
			violations.add(new Violation("fields", "review.fields.onlyWhenRejecting"));
			return List.of();
		}
		var named = new LinkedHashSet<String>();
		fields.forEach(named::add);
		List<String> known = reviewable.fields().stream().map(ReviewField::name).toList();
		List<String> unknown = named.stream().filter(name -> name == null || !known.contains(name))
			.map(String::valueOf)
			.toList();
		if (!unknown.isEmpty()) {
			violations.add(new Violation("fields", "review.fields.unknown", String.join("、", unknown)));
			return List.of();
		}
		return known.stream().filter(named::contains).toList();
	}

	/**
	 * Approves each selected item that has no 不匹配 marks, is bound and keeps the registry's values,
	 * each on its own so one refusal does not undo the others; reports the ones it could not approve
	 * and why. Items waiting for the reviewer in which the student changed registry-held fields (已修改)
	 * are not approved but listed apart, for the reviewer to open and decide one by one: whatever
	 * enters the roster against the registry has been looked at by someone.
	 */
	public BatchResult batchApprove(SignedInAccount reviewer, String kind, Collection<Long> ids) {
		return batch(reviewer, kind, ids, Decision.APPROVE, null);
	}

	/**
	 * Rejects, or (the school) returns to the college, each selected item with the one comment, each on
	 * its own so one refusal does not undo the others. A rejection needs a comment: without one nothing
	 * changes.
	 */
	public BatchResult batchDecide(SignedInAccount reviewer, String kind, Collection<Long> ids, Decision decision,
			String comment) {
		if (decision == Decision.APPROVE) {
			return batchApprove(reviewer, kind, ids);
		}
		if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
			throw new RuleViolationException(List.of(new Violation("comment", "review.comment.required")));
		}
		if (decision == Decision.RETURN && levelOf(reviewer) != ReviewLevel.SCHOOL) {
			throw new ConflictException("review.returnOnlyBySchool");
		}
		return batch(reviewer, kind, ids, decision, comment);
	}

	private BatchResult batch(SignedInAccount reviewer, String kind, Collection<Long> ids, Decision decision,
			String comment) {
		ReviewLevel level = levelOf(reviewer);
		String canonical = kind(kind).kind();
		List<Long> approved = new ArrayList<>();
		List<BatchResult.Refusal> refused = new ArrayList<>();
		List<BatchResult.Held> held = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			try {
				boolean decided = Boolean.TRUE.equals(eachInItsOwnTransaction.execute(status -> {
					ReviewTarget target = visibleTarget(reviewer, kind(canonical), id);
					if (decision == Decision.APPROVE) {
						ReviewItems.ItemFlags flags = items.flags(canonical, List.of(id)).get(id);
						if (flags == null || !flags.bound()) {
							throw new ConflictException("review.batch.unbound");
						}
						if (flags.mismatchCount() > 0) {
							throw new ConflictException("review.batch.mismatches");
						}
						if (flags.changedCount() > 0 && target.awaiting() == level) {
							held.add(new BatchResult.Held(id, flags.changedCount()));
							return false;
						}
					}
					decide(reviewer, canonical, id, decision, comment, null);
					return true;
				}));
				if (decided) {
					approved.add(id);
				}
			}
			catch (RuleViolationException ex) {
				refused.add(new BatchResult.Refusal(id, ex.violations().get(0).code()));
			}
			catch (DomainException ex) {
				refused.add(new BatchResult.Refusal(id, ex.messageCode()));
			}
			catch (OptimisticLockingFailureException ex) {
				refused.add(new BatchResult.Refusal(id, "review.actedByOther"));
			}
		}
		return new BatchResult(approved, refused, held);
	}

	/**
	 * A student submitted an item again after a rejection: notes in the queue which of the form's fields
	 * they changed since, so the reviewer looks there first.
	 */
	@EventListener
	void on(ReviewStateChanged changed) {
		if (changed.to() != ReviewState.SUBMITTED || changed.transition().byReviewer() || changed.itemId() == null) {
			return;
		}
		ReviewableKind reviewable = kinds.get(changed.kind());
		if (reviewable == null) {
			return;
		}
		Map<String, String> before = history.formAtLastRejection(reviewable.kind(), changed.itemId());
		if (before.isEmpty()) {
			return;
		}
		Map<String, String> now = formValues(reviewable, changed.itemId());
		items.changedSinceRejection(reviewable.kind(), changed.itemId(),
				now.keySet().stream().filter(name -> !Objects.equals(before.get(name), now.get(name))).toList());
	}

	/** The item's form, field name → value, as its detail shows it. */
	private static Map<String, String> formValues(ReviewableKind reviewable, long id) {
		Map<String, String> form = new LinkedHashMap<>();
		reviewable.detail(id).rows().forEach(row -> form.put(row.name(), row.value()));
		return form;
	}

	/** The audit trail's subject type of a kind's items, e.g. verification: the owning module's own. */
	private static String subjectType(ReviewableKind reviewable) {
		return reviewable.kind().toLowerCase(Locale.ROOT);
	}

	private ReviewTarget visibleTarget(SignedInAccount reviewer, ReviewableKind reviewable, long id) {
		ReviewLevel level = levelOf(reviewer);
		ReviewTarget target = reviewable.target(id).orElseThrow(() -> new NotFoundException("review.notFound"));
		// another college's item does not exist as far as this reviewer can tell
		if (level == ReviewLevel.COLLEGE
				&& (target.collegeId() == null || !target.collegeId().equals(reviewer.collegeId()))) {
			throw new NotFoundException("review.notFound");
		}
		return target;
	}

	private ReviewableKind kind(String kind) {
		ReviewableKind reviewable = kinds.get(kind == null ? null : kind.toUpperCase(Locale.ROOT));
		if (reviewable == null) {
			throw new NotFoundException("review.kindNotFound");
		}
		return reviewable;
	}

	/**
	 * The outcome of a batch approval: what it approved, what it could not approve and why, and what
	 * it held back for an individual review because the student changed registry-held fields.
	 */
	public record BatchResult(List<Long> approved, List<Refusal> refused, List<Held> held) {

		public record Refusal(long id, String reasonCode) {
		}

		/** An item left waiting: {@code changedCount} fields differ from the registry (已修改). */
		public record Held(long id, int changedCount) {
		}
	}

	/** The items before and after one in a queue; either is null at the queue's end. */
	public record Neighbours(ItemLink previous, ItemLink next) {
	}

	/** An item of a kind, to link to. */
	public record ItemLink(String kind, long id) {
	}
}
