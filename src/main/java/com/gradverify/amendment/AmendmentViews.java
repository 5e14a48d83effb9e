package com.gradverify.amendment;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Turns requests into the views pages and the API show, with their evidence files. */
@Component
class AmendmentViews {

	static final int QUEUE_PAGE_SIZE = 30;

	private final AmendmentRequests requests;

	private final EvidenceFiles evidence;

	private final RegistryRecords registry;

	AmendmentViews(AmendmentRequests requests, EvidenceFiles evidence, RegistryRecords registry) {
		this.requests = requests;
		this.evidence = evidence;
		this.registry = registry;
	}

	AmendmentView of(AmendmentRequest request) {
		Set<Long> ids = new HashSet<>(request.evidenceIds());
		request.getRevisions()
			.forEach(r -> r.getSnapshot().fields().forEach(f -> ids.addAll(f.evidenceIds())));
		Map<Long, EvidenceFile> files = files(ids);
		var fields = request.getFields()
			.stream()
			.sorted(java.util.Comparator.comparing(AmendmentField::getField))
			.map(f -> new AmendmentView.FieldView(f.getField(), f.getRegistryValue(), f.getClaimedValue(),
					pick(files, f.getEvidenceIds()), f.getOutcome(), f.getOutcomeReason()))
			.toList();
		var revisions = request.getRevisions()
			.stream()
			.map(r -> new AmendmentView.RevisionView(r.getRevision(), r.getSnapshot()
				.fields()
				.stream()
				.map(f -> new AmendmentView.FieldView(f.field(), f.registryValue(), f.claimedValue(),
						pick(files, f.evidenceIds()), f.outcome(), f.reason()))
				.toList(), r.getDecisionComment(), r.getDecidedBy(), r.getSubmittedAt(), r.getDecidedAt()))
			.toList();
		return new AmendmentView(request.getId(), request.getAccountId(), request.getRegistryRecordId(),
				request.getStatus(), request.getRevision(), request.getVersion(), fields,
				request.getDecisionComment(), request.getDecidedBy(), request.getCreatedAt(),
				request.getSubmittedAt(), request.getDecidedAt(), request.getClosureReason(), request.getClosedAt(),
				revisions);
	}

	ReviewDetail detail(AmendmentRequest request) {
		RegistryEntry student = registry.find(request.getRegistryRecordId()).orElseThrow();
		return new ReviewDetail(of(request), student.name(), student.studentNo(), student.collegeName());
	}

	/** One page of the requests in {@code status} of one 届 ({@code graduationYear} null: every 届). */
	ReviewQueue queue(AmendmentStatus status, Integer graduationYear, int page) {
		// an absurd page number (a hand-edited link) shows the first or an empty last page, not an error
		int shown = Math.max(0, Math.min(page, Integer.MAX_VALUE / QUEUE_PAGE_SIZE));
		PageRequest pageRequest = PageRequest.of(shown, QUEUE_PAGE_SIZE, Sort.by("submittedAt", "id"));
		Page<AmendmentRequest> found = graduationYear == null
				? requests.findByStatusAndSubmittedAtIsNotNull(status, pageRequest)
				: requests.findByStatusAndGraduationYearAndSubmittedAtIsNotNull(status, graduationYear, pageRequest);
		Map<Long, EvidenceFile> files = files(
				found.stream().flatMap(r -> r.evidenceIds().stream()).collect(Collectors.toSet()));
		var rows = found.stream().map(request -> {
			RegistryEntry student = registry.find(request.getRegistryRecordId()).orElseThrow();
			EvidenceFile preview = pick(files, request.evidenceIds()).stream()
				.filter(EvidenceFile::isImage)
				.findFirst()
				.orElse(null);
			return new ReviewQueue.Row(request.getId(), student.name(), student.studentNo(), student.collegeName(),
					request.getStatus(), request.getFields().stream().map(AmendmentField::getField).sorted().toList(),
					request.getSubmittedAt(), preview);
		}).toList();
		Map<AmendmentStatus, Long> counts = new EnumMap<>(AmendmentStatus.class);
		for (AmendmentStatus reviewed : List.of(AmendmentStatus.SUBMITTED, AmendmentStatus.APPROVED,
				AmendmentStatus.REJECTED, AmendmentStatus.CLOSED)) {
			counts.put(reviewed, 0L);
		}
		(graduationYear == null ? requests.countByStatus() : requests.countByStatus(graduationYear))
			.forEach(row -> counts.computeIfPresent(row.getStatus(), (s, n) -> row.getCount()));
		return new ReviewQueue(status, graduationYear, rows, counts, shown, found.getTotalPages());
	}

	private Map<Long, EvidenceFile> files(Collection<Long> ids) {
		return evidence.findAll(ids).stream().collect(Collectors.toMap(EvidenceFile::id, Function.identity()));
	}

	private static List<EvidenceFile> pick(Map<Long, EvidenceFile> files, Collection<Long> ids) {
		return ids.stream().sorted().map(files::get).filter(java.util.Objects::nonNull).toList();
	}
}
