package com.gradverify.agreement;

import java.util.List;

interface AgreementApplications extends TwoLevelApplications<AgreementApplication> {

	List<AgreementApplication> findByAccountIdOrderByIdDesc(long accountId);
}
