package com.gradverify.verification;

import java.util.List;
import java.util.Map;

import com.gradverify.review.ReviewState;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.PersonalData;
import com.gradverify.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications bound to another graduate's registry record (from before binding was tied to the
 * account, or found when the owner tried to bind), and their release by an administrator: the
 * application loses the binding and everything copied from the record, so the owner can bind.
 */
@Service
public class SuspectBindings {

	public static final int MAX_REASON_LENGTH = 200;

	private final JdbcClient jdbc;

	private final VerificationApplications applications;

	private final StudentAccounts students;

	private final AuditTrail audit;

	SuspectBindings(JdbcClient jdbc, VerificationApplications applications, StudentAccounts students,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.students = students;
		this.audit = audit;
	}

	/** Records that the application holds this record, unless it is already waiting for review. */
	void report(long applicationId, RegistryEntry record) {
		jdbc.sql("""
				insert into suspect_binding (application_id, registry_record_id, record_student_no)
				values (:application, :record, :studentNo)
				on conflict (application_id) where released_at is null do nothing""")
			.param("application", applicationId)
			.param("record", record.id())
			.param("studentNo", record.studentNo())
			.update();
	}

	/** The cases not released yet, oldest first. */
	@Transactional(readOnly = true)
	public List<SuspectBinding> open() {
		return jdbc.sql("""
				select s.id, s.application_id, s.record_student_no, s.detected_at, a.student_no, a.id_card, a.status
				from suspect_binding s join verification_application a on a.id = s.application_id
				where s.released_at is null
				order by s.detected_at, s.id""")
			.query((rs, row) -> new SuspectBinding(rs.getLong("id"), rs.getLong("application_id"),
					rs.getString("student_no"),
					students.findStudent(rs.getString("student_no")).map(StudentAccount::name).orElse(null),
					rs.getString("record_student_no"), PersonalData.maskIdCard(rs.getString("id_card")),
					ReviewState.valueOf(rs.getString("status")), rs.getTimestamp("detected_at").toInstant()))
			.list();
	}

	/**
	 * Releases the binding of an open case, with the administrator's reason for the audit trail. If
	 * the application no longer holds the record, only the case is closed.
	 */
	@Transactional
	public void release(long caseId, String reason, SignedInAccount admin) {
		String why = Text.clean(reason);
		if (why == null) {
			throw new RuleViolationException("reason", "NotBlank");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new RuleViolationException("reason", "Size");
		}
		OpenCase open = jdbc.sql("""
				select application_id, registry_record_id, record_student_no from suspect_binding
				where id = :id and released_at is null for update""")
			.param("id", caseId)
			.query(OpenCase.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("suspectBinding.notFound"));
		// locked, so a draft saved at this moment waits and then gets the stale-version answer
		boolean held = false;
		for (VerificationApplication application : applications.findForRegistryChange(List.of(open.registryRecordId()))) {
			if (application.getId() == open.applicationId()) {
				application.releaseBinding();
				applications.saveAndFlush(application);
				held = true;
			}
		}
		jdbc.sql("""
				update suspect_binding set released_at = now(), released_by = :admin, release_reason = :reason
				where id = :id""")
			.param("admin", admin.username())
			.param("reason", why)
			.param("id", caseId)
			.update();
		audit.record(admin.username(), "verification.bindingReleased", "verification",
				String.valueOf(open.applicationId()), Map.of("registryRecordId", open.registryRecordId(),
						"recordStudentNo", open.recordStudentNo(), "stillHeld", held, "reason", why));
	}

	private record OpenCase(long applicationId, long registryRecordId, String recordStudentNo) {
	}
}
