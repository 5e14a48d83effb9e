package com.gradverify.amendment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AmendmentRequests extends JpaRepository<AmendmentRequest, Long> {

	List<AmendmentRequest> findByAccountIdOrderByIdDesc(long accountId);

	Optional<AmendmentRequest> findByIdAndAccountId(long id, long accountId);

	List<AmendmentRequest> findByAccountIdAndStatusIn(long accountId, List<AmendmentStatus> statuses);

	List<AmendmentRequest> findByApplicationIdAndRegistryRecordIdAndStatusIn(long applicationId, long registryRecordId,
			List<AmendmentStatus> statuses);

	/** The school's queue: requests submitted at least once (a draft closed unsubmitted stays private). */
	Page<AmendmentRequest> findByStatusAndSubmittedAtIsNotNull(AmendmentStatus status, Pageable pageable);

	/** The queue of one 届. */
	Page<AmendmentRequest> findByStatusAndGraduationYearAndSubmittedAtIsNotNull(AmendmentStatus status,
			int graduationYear, Pageable pageable);

	@Query("""
			select r.status as status, count(r) as count from AmendmentRequest r
			where r.submittedAt is not null group by r.status""")
	List<StatusCount> countByStatus();

	@Query("""
			select r.status as status, count(r) as count from AmendmentRequest r
			where r.submittedAt is not null and r.graduationYear = :year group by r.status""")
	List<StatusCount> countByStatus(int year);

	interface StatusCount {

		AmendmentStatus getStatus();

		long getCount();
	}
}
