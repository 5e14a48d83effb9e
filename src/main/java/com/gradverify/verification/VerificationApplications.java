package com.gradverify.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VerificationApplications extends JpaRepository<VerificationApplication, Long> {

	Optional<VerificationApplication> findByAccountId(long accountId);

	Optional<VerificationApplication> findByRegistryRecordId(long registryRecordId);

	/**
	 * The applications bound to these records, locked: a student saving at the same moment waits and
	 * then gets the stale-version answer, rather than failing the import's batch.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from VerificationApplication a where a.registryRecordId in :recordIds")
	List<VerificationApplication> findForRegistryChange(Collection<Long> recordIds);

	/**
	 * The accounts' applications, locked until the transaction ends, so that a move to another college
	 * and a student's save or a reviewer's decision happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<VerificationApplication> findByAccountIdIn(Collection<Long> accountIds);

	/** The application, locked until the transaction ends, for a decision that relies on its binding. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from VerificationApplication a where a.id = :id")
	Optional<VerificationApplication> findForBindingCheck(long id);
}
