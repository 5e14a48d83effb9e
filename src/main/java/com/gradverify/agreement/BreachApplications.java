package com.gradverify.agreement;

import java.util.Optional;

interface BreachApplications extends TwoLevelApplications<BreachApplication> {

	Optional<BreachApplication> findByAgreementId(long agreementId);
}
