package com.gradverify.verification;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提醒这 N 名学生: a staff member asks to remind the students of a chase list. The request is recorded
 * (who, when, which list, the students it resolved to within the sender's scope), put in the audit
 * trail and announced as {@link RemindersRequested} in one transaction; delivery is the notification
 * module's. A request token makes a form sent twice one request.
 */
@Service
public class ChaseReminders {

	static final int MAX_TOKEN = 64;

	static final int MAX_DESCRIPTION = 300;

	private final ChaseLists lists;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ChaseReminders(ChaseLists lists, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Asks to remind the students of {@code query} that {@code staff} may see, as they stand now.
	 * Sent again with the same {@code requestToken}, answers the request already made and announces
	 * nothing.
	 *
	 * @param description which list it is, in words, without personal data (2027届 … 未绑定学籍)
	 * @throws RuleViolationException for a missing or over-long token or description, or no 届
	 * @throws ConflictException {@code chase.remind.notPending} for a list of students who submitted or
	 * were approved (or of everyone), {@code chase.remind.empty} when the list (in the sender's scope) has
	 * nobody, {@code chase.remind.tokenReused} when the token was used for another list
	 */
	@Transactional
	public Request request(SignedInAccount staff, ChaseQuery list, String requestToken, String description) {
		ChaseQuery query = list;
		if (requestToken == null || requestToken.isBlank() || requestToken.length() > MAX_TOKEN) {
			throw new RuleViolationException("requestToken", "chase.remind.token.invalid");
		}
		if (query.graduationYear() == null) {
			throw new RuleViolationException("graduationYear", "chase.remind.year.required");
		}
		if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
			throw new RuleViolationException("description", "chase.remind.description.invalid");
		}
		if (query.state() == null || !query.state().remindable()) {
			throw new ConflictException("chase.remind.notPending");
		}
		query = ChaseLists.scoped(staff, query);
		Optional<Request> earlier = find(staff, requestToken);
		if (earlier.isPresent()) {
			return same(earlier.get(), query);
		}
		List<Long> students = lists.students(staff, query).stream().map(ChaseStudent::accountId).toList();
		if (students.isEmpty()) {
			throw new ConflictException("chase.remind.empty");
		}
		String batchKey = UUID.randomUUID().toString();
		Optional<Instant> inserted = jdbc.sql("""
				insert into chase_reminder_request (batch_key, request_token, requested_by, requested_by_name,
				    graduation_year, college_id, major_code, class_name, state, description, student_count,
				    student_account_ids)
				values (:batchKey, :token, :by, :byName, :year, :college, :major, :className, :state, :description,
				    :count, :ids)
				on conflict (requested_by, request_token) do nothing
				returning requested_at""")
			.param("batchKey", batchKey)
			.param("token", requestToken)
			.param("by", staff.id())
			.param("byName", staff.username())
			.param("year", query.graduationYear())
			.param("college", query.collegeId())
			.param("major", query.majorCode())
			.param("className", query.className())
			.param("state", query.state() == null ? null : query.state().name())
			.param("description", description)
			.param("count", students.size())
			.param("ids", students.toArray(Long[]::new))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		if (inserted.isEmpty()) {
			// the same form sent at the same moment: the other request is the one
			return same(find(staff, requestToken).orElseThrow(), query);
		}
		Map<String, Object> details = ChaseLists.describe(query);
		details.put("description", description);
		details.put("students", students.size());
		audit.record(staff.username(), "verification.reminders.requested", "chase-reminder", batchKey, details);
		events.publishEvent(new RemindersRequested(batchKey, staff.id(), query.graduationYear(), description, students));
		return new Request(batchKey, staff.username(), inserted.get(), query, description, students.size(), true);
	}

	/** The requests made for lists of {@code graduationYear} that {@code staff} may see, the latest first. */
	@Transactional(readOnly = true)
	public List<Request> requests(SignedInAccount staff, int graduationYear, int limit) {
		Long scope = ChaseLists.scopeOf(staff);
		return jdbc.sql("""
				select * from chase_reminder_request
				where graduation_year = :year and (cast(:scope as bigint) is null or college_id = :scope)
				order by requested_at desc, id desc
				limit :limit""")
			.param("year", graduationYear)
			.param("scope", scope)
			.param("limit", limit)
			.query((rs, row) -> request(rs))
			.list();
	}

	private Optional<Request> find(SignedInAccount staff, String token) {
		return jdbc.sql("select * from chase_reminder_request where requested_by = :by and request_token = :token")
			.param("by", staff.id())
			.param("token", token)
			.query((rs, row) -> request(rs))
			.optional();
	}

	private static Request same(Request earlier, ChaseQuery query) {
		if (!earlier.query().equals(query)) {
			throw new ConflictException("chase.remind.tokenReused");
		}
		return earlier;
	}

	private static Request request(java.sql.ResultSet rs) throws SQLException {
		var query = new ChaseQuery(rs.getInt("graduation_year"), rs.getObject("college_id", Long.class),
				rs.getString("major_code"), rs.getString("class_name"), ChaseState.parse(rs.getString("state")));
		return new Request(rs.getString("batch_key"), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant(), query, rs.getString("description"),
				rs.getInt("student_count"), false);
	}

	/**
	 * A recorded request: {@code batchKey} names its delivery at the notification module,
	 * {@code created} is true only in the answer to the request that made it.
	 */
	public record Request(String batchKey, String requestedBy, Instant requestedAt, ChaseQuery query,
			String description, int students, boolean created) {
	}
}
