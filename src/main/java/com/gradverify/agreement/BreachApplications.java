package com.gradverify.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreachApplications extends JpaRepository<BreachApplication, Long> {

	List<BreachApplication> findByAccountIdOrderByIdDesc(long accountId);

	Optional<BreachApplication> findByAgreementId(long agreementId);
}
