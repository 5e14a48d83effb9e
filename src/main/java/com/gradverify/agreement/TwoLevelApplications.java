package com.gradverify.agreement;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.NoRepositoryBean;

/** What the 协议 and 违约 stores have in common. */
@NoRepositoryBean
interface TwoLevelApplications<A extends TwoLevelApplication> extends JpaRepository<A, Long> {

	List<A> findByAccountIdOrderByIdDesc(long accountId);

	/**
	 * The accounts' applications, locked until the transaction ends, so that a move to another college
	 * and a graduate's save or a reviewer's decision happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<A> findByAccountIdIn(Collection<Long> accountIds);
}
