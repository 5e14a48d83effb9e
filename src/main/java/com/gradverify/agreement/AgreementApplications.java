package com.gradverify.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementApplications extends JpaRepository<AgreementApplication, Long> {

	List<AgreementApplication> findByAccountIdOrderByIdDesc(long accountId);
}
