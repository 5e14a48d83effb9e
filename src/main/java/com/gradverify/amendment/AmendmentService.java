package com.gradverify.amendment;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.registry.CorrectableField;
import com.gradverify.registry.RegistryCorrections;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.ComparisonStatus;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.KeyFieldStates;
import com.gradverify.verification.VerificationService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申请异动: the student files a request for key fields marked 不匹配, backs each with evidence and
 * submits it; the school approves (which corrects the registry in the same transaction) or rejects
 * (after which the student may edit and resubmit). Pages and the JSON API both call this service.
 */
@Service
public class AmendmentService implements Amendments {

	static final String EVIDENCE_PURPOSE = "amendment";

	static final String SUBJECT = "amendment";

	/** The 409 of an approval whose request outlived the binding it was filed from. */
	public static final String BINDING_ENDED = "amendment.bindingEnded";

	private final AmendmentRequests requests;

	private final VerificationService verification;

	private final BindingService binding;

	private final EvidenceFiles evidence;

	private final RegistryCorrections corrections;

	private final AmendmentViews views;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AmendmentService(AmendmentRequests requests, VerificationService verification, BindingService binding,
			EvidenceFiles evidence, RegistryCorrections corrections, AmendmentViews views, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.requests = requests;
		this.verification = verification;
		this.binding = binding;
		this.evidence = evidence;
		this.corrections = corrections;
		this.views = views;
		this.audit = audit;
	}

	// ---- the student's side

	/** Every request of the student, newest first. */
	@Transactional(readOnly = true)
	public List<AmendmentView> mine(SignedInAccount student) {
		return requests.findByAccountIdOrderByIdDesc(student.id()).stream().map(views::of).toList();
	}

	@Transactional(readOnly = true)
	public AmendmentView mine(SignedInAccount student, long id) {
		return views.of(own(student, id));
	}

	/** The key fields the student could file a request for now. */
	@Transactional
	public MismatchCandidates candidates(SignedInAccount student) {
		KeyFieldStates states = verification.keyFields(student);
		return new MismatchCandidates(states.registryRecordId() != null, states.fields()
			.stream()
			.filter(state -> state.status() == ComparisonStatus.MISMATCH)
			.toList());
	}

	/** Opens a draft for these fields; each must be 不匹配 now and the form must hold the value claimed. */
	@Transactional
	public AmendmentView create(SignedInAccount student, Collection<KeyField> fields) {
		KeyFieldStates states = verification.keyFields(student);
		if (states.registryRecordId() == null) {
			throw new ConflictException("amendment.unbound");
		}
		List<Claim> claims = claims(states, fields);
		if (!requests.findByAccountIdAndStatusIn(student.id(), AmendmentStatus.open()).isEmpty()) {
			throw new ConflictException("amendment.openExists");
		}
		AmendmentRequest request;
		try {
			request = requests.saveAndFlush(
					AmendmentRequest.open(student.id(), states.applicationId(), states.registryRecordId(),
							states.graduationYear(), claims));
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent create won the partial unique index on open requests
			throw new ConflictException("amendment.openExists");
		}
		audit.record(student.username(), "amendment.created", SUBJECT, request.getId().toString(),
				Map.of("fields", names(fields)));
		return views.of(request);
	}

	/** Changes which fields a draft (or a rejected request) claims; the files of dropped fields go. */
	@Transactional
	public AmendmentView changeFields(SignedInAccount student, long id, Collection<KeyField> fields,
			long expectedVersion) {
		AmendmentRequest request = own(student, id, expectedVersion);
		Set<Long> dropped = request.claim(claims(verification.keyFields(student), fields));
		requests.saveAndFlush(request);
		deleteUnlocked(dropped, student);
		audit.record(student.username(), "amendment.fieldsChanged", SUBJECT, request.getId().toString(),
				Map.of("fields", names(fields)));
		return views.of(request);
	}

	/**
	 * Validates and stores a file and attaches it to a claimed field, in one transaction: a refused
	 * file, a full field or a request that can no longer change leave nothing stored.
	 */
	@Transactional
	public EvidenceFile attachEvidence(SignedInAccount student, long id, KeyField field, String fileName,
			InputStream content) {
		AmendmentRequest request = own(student, id);
		request.requireEvidenceAccepted(field);
		evidence.requireRoomForAnother(request.evidenceCount(field));
		EvidenceFile file = evidence.store(student.id(), EVIDENCE_PURPOSE, fileName, content);
		request.attach(field, file.id());
		requests.saveAndFlush(request);
		audit.record(student.username(), "amendment.evidenceAttached", SUBJECT, request.getId().toString(),
				Map.of("field", field.name(), "evidenceId", file.id()));
		return file;
	}

	/** Removes a file before submission; a file of an earlier, rejected version stays in that version. */
	@Transactional
	public AmendmentView removeEvidence(SignedInAccount student, long id, long evidenceId) {
		AmendmentRequest request = own(student, id);
		if (!request.detach(evidenceId)) {
			throw new NotFoundException("evidence.notFound");
		}
		requests.saveAndFlush(request);
		deleteUnlocked(Set.of(evidenceId), student);
		audit.record(student.username(), "amendment.evidenceRemoved", SUBJECT, request.getId().toString(),
				Map.of("evidenceId", evidenceId));
		return views.of(request);
	}

	/**
	 * 提交: each field must still be 不匹配 (the claimed value is taken from the form as it is now)
	 * and have evidence; the files are locked in the same transaction.
	 */
	@Transactional
	public AmendmentView submit(SignedInAccount student, long id, long expectedVersion) {
		AmendmentRequest request = own(student, id, expectedVersion);
		List<KeyField> fields = request.getFields().stream().map(AmendmentField::getField).toList();
		request.claim(claims(verification.keyFields(student), fields));
		request.submit();
		requests.saveAndFlush(request);
		evidence.lock(request.evidenceIds());
		audit.record(student.username(), "amendment.submitted", SUBJECT, request.getId().toString(),
				Map.of("revision", request.getRevision(), "fields", names(fields)));
		return views.of(request);
	}

	// ---- the school's side

	@Transactional(readOnly = true)
	public ReviewQueue queue(SignedInAccount reviewer, AmendmentStatus status, int page) {
		return queue(reviewer, status, null, page);
	}

	/** The queue of the requests of one 届 ({@code graduationYear} null: every 届). */
	@Transactional(readOnly = true)
	public ReviewQueue queue(SignedInAccount reviewer, AmendmentStatus status, Integer graduationYear, int page) {
		requireSchoolReviewer(reviewer);
		return views.queue(status == null ? AmendmentStatus.SUBMITTED : status, graduationYear, Math.max(page, 0));
	}

	@Transactional(readOnly = true)
	public ReviewDetail detail(SignedInAccount reviewer, long id) {
		requireSchoolReviewer(reviewer);
		return views.detail(reviewable(id));
	}

	/**
	 * The school's decision on the request as a whole: APPROVE accepts every field, REJECT rejects
	 * every field with the comment as its reason. See {@link #decideFields}.
	 */
	@Transactional
	public ReviewDetail decide(SignedInAccount reviewer, long id, AmendmentDecision decision, String comment,
			long expectedVersion) {
		return decideOn(reviewer, id, expectedVersion, (request, stillBound) -> {
			if (decision == null) {
				throw new RuleViolationException("decision", "amendment.decision.required");
			}
			if (decision == AmendmentDecision.APPROVE) {
				request.approve(reviewer.username(), comment, stillBound.getAsBoolean());
			}
			else {
				request.reject(reviewer.username(), comment);
			}
		});
	}

	/**
	 * The school's decision field by field: every claimed field accepted or rejected, a rejected
	 * one with its reason. One accepted field approves the request and corrects the registry
	 * record with the accepted fields only (old values kept in its history with this request's id)
	 * and, through the registry's event, the student's marks — all in this transaction, so a
	 * failure anywhere leaves the request submitted and the registry untouched. Approval needs the
	 * application still bound to the request's record: a request outliving its binding (one filed
	 * from a hijacked binding, say) must never rewrite another graduate's record. All rejected: the
	 * student may edit and resubmit, and sees each field's reason.
	 */
	@Transactional
	public ReviewDetail decideFields(SignedInAccount reviewer, long id, List<FieldDecision> decisions, String comment,
			long expectedVersion) {
		return decideOn(reviewer, id, expectedVersion,
				(request, stillBound) -> request.decide(reviewer.username(), comment, decisions, stillBound));
	}

	private ReviewDetail decideOn(SignedInAccount reviewer, long id, long expectedVersion,
			BiConsumer<AmendmentRequest, BooleanSupplier> decision) {
		requireSchoolReviewer(reviewer);
		AmendmentRequest request = reviewable(id);
		requireVersion(request, expectedVersion);
		int decidedRevision = request.getRevision();
		// asked only for an acceptance: the binding then stays locked until this decision commits
		decision.accept(request, () -> binding.isStillBound(request.getApplicationId(), request.getRegistryRecordId()));
		requests.saveAndFlush(request);
		boolean approved = request.getStatus() == AmendmentStatus.APPROVED;
		if (approved) {
			Map<CorrectableField, String> values = new EnumMap<>(CorrectableField.class);
			request.accepted().forEach(f -> values.put(f.getField().registryField(), f.getClaimedValue()));
			corrections.correct(request.getRegistryRecordId(), values, request.getId());
		}
		Map<String, Object> details = new HashMap<>();
		details.put("revision", decidedRevision);
		details.put("comment", request.getDecisionComment());
		details.put("accepted", fieldsWith(request, FieldOutcome.ACCEPTED));
		details.put("rejected", fieldsWith(request, FieldOutcome.REJECTED));
		audit.record(reviewer.username(), "amendment." + (approved ? "approved" : "rejected"), SUBJECT,
				request.getId().toString(), details);
		events.publishEvent(new AmendmentDecided(request.getId(), request.getAccountId(), request.getGraduationYear(),
				decidedRevision, approved));
		return views.detail(request);
	}

	private static List<String> fieldsWith(AmendmentRequest request, FieldOutcome outcome) {
		return request.getFields().stream().filter(f -> f.getOutcome() == outcome).map(f -> f.getField().name()).toList();
	}

	// ---- for other modules

	@Override
	@Transactional(readOnly = true)
	public List<OpenRequest> openRequestsOf(long accountId) {
		return requests.findByAccountIdAndStatusIn(accountId, AmendmentStatus.open())
			.stream()
			.map(r -> new OpenRequest(r.getId(), r.getStatus(),
					r.getFields().stream().map(AmendmentField::getField).toList(), r.getSubmittedAt()))
			.toList();
	}

	/** The claims for {@code fields} as they stand: each must be 不匹配 with a value in the form. */
	private static List<Claim> claims(KeyFieldStates states, Collection<KeyField> fields) {
		if (fields == null || fields.isEmpty()) {
			throw new RuleViolationException("fields", "amendment.fields.required");
		}
		List<Violation> violations = new ArrayList<>();
		List<Claim> claims = new ArrayList<>();
		for (KeyField field : new LinkedHashSet<>(fields)) {
			KeyFieldStates.State state = states.of(field).orElseThrow();
			if (state.status() != ComparisonStatus.MISMATCH) {
				violations.add(new Violation(field.name(), "amendment.field.notMismatched"));
			}
			else if (state.formValue() == null) {
				violations.add(new Violation(field.name(), "amendment.field.noClaimedValue"));
			}
			else {
				claims.add(new Claim(field, state.registryValue(), state.formValue()));
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return claims;
	}

	private void deleteUnlocked(Set<Long> evidenceIds, SignedInAccount owner) {
		evidence.findAll(evidenceIds).stream().filter(file -> !file.locked()).forEach(file -> evidence.delete(file.id(),
				owner.id()));
	}

	/** The student's own request; anyone else's is "not found", as if it did not exist. */
	private AmendmentRequest own(SignedInAccount student, long id) {
		return requests.findByIdAndAccountId(id, student.id())
			.orElseThrow(() -> new NotFoundException("amendment.notFound"));
	}

	private AmendmentRequest own(SignedInAccount student, long id, long expectedVersion) {
		AmendmentRequest request = own(student, id);
		requireVersion(request, expectedVersion);
		return request;
	}

	/** Reviewers never see what was not submitted: drafts, and drafts closed before submission. */
	private AmendmentRequest reviewable(long id) {
		return requests.findById(id)
			.filter(r -> r.getSubmittedAt() != null)
			.orElseThrow(() -> new NotFoundException("amendment.notFound"));
	}

	private static void requireVersion(AmendmentRequest request, long expectedVersion) {
		if (request.getVersion() != expectedVersion) {
			throw new ConflictException("concurrent.modification");
		}
	}

	private static void requireSchoolReviewer(SignedInAccount account) {
		if (!account.is(Role.SCHOOL_REVIEWER)) {
			throw new AccessDeniedException("school reviewers only");
		}
	}

	private static List<String> names(Collection<KeyField> fields) {
		return fields.stream().map(KeyField::name).distinct().toList();
	}
}
