package com.gradverify.agreement;

import java.util.List;
import java.util.Optional;

interface BreachApplications extends TwoLevelApplications<BreachApplication> {

	List<BreachApplication> findByAccountIdOrderByIdDesc(long accountId);

	Optional<BreachApplication> findByAgreementId(long agreementId);
}
