package com.gradverify.agreement;


interface AgreementApplications extends TwoLevelApplications<AgreementApplication> {
}
