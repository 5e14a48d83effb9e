package com.gradverify.verification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationApplications extends JpaRepository<VerificationApplication, Long> {

	Optional<VerificationApplication> findByAccountId(long accountId);

	Optional<VerificationApplication> findByRegistryRecordId(long registryRecordId);
}
