package com.gradverify.amendment;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceAccessPolicy;
import com.gradverify.evidence.EvidenceFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets reviewers read the evidence of change requests once it was submitted (a file is locked at
 * submission, and stays readable in the rejected versions that carried it): school reviewers
 * every such file, college reviewers those of their own college's students. Drafts stay private.
 */
@Component
class AmendmentEvidenceAccess implements EvidenceAccessPolicy {

	private final JdbcClient jdbc;

	private final AccountLookup accounts;

	AmendmentEvidenceAccess(JdbcClient jdbc, AccountLookup accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canRead(SignedInAccount reader, EvidenceFile file) {
		if (!AmendmentService.EVIDENCE_PURPOSE.equals(file.purpose()) || !file.locked()
				|| !(reader.is(Role.SCHOOL_REVIEWER) || reader.is(Role.COLLEGE_REVIEWER))) {
			return false;
		}
		boolean evidenceOfARequest = jdbc.sql("""
				select exists (select 1 from amendment_request r
				where r.account_id = :owner and (
				  exists (select 1 from amendment_field f join amendment_field_evidence e on e.field_id = f.id
				          where f.request_id = r.id and e.evidence_id = :evidence)
				  or exists (select 1 from amendment_revision v where v.request_id = r.id
				          and jsonb_path_exists(v.snapshot, '$.fields[*].evidenceIds[*] ? (@ == $id)',
				                                jsonb_build_object('id', :evidence)))))""")
			.param("owner", file.ownerAccountId())
			.param("evidence", file.id())
			.query(Boolean.class)
			.single();
		if (!evidenceOfARequest) {
			return false;
		}
		return reader.is(Role.SCHOOL_REVIEWER) || (reader.collegeId() != null && accounts.byId(file.ownerAccountId())
			.map(owner -> reader.collegeId().equals(owner.collegeId()))
			.orElse(false));
	}
}
