package com.gradverify.verification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentPlacement;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.registry.RegistryRecords.Placement;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.review.ReviewState;
import com.gradverify.shared.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every student of a 届 with where they stand, the rows chase lists and progress counts are cut
 * from. Three queries whatever the 届's size, one per module that knows a part: the account module
 * (who the students are, their college, whether they signed in), the registry (专业 and 班级) and this
 * module's applications, read for all the accounts at once through an unnest join; the rest is joined
 * here in memory. For a 届 of 50,000 that is about 125 ms of JVM CPU, reading the rows included
 * ({@code ChaseListBenchmark}).
 */
@Component
class ChaseRoster {

	private static final Comparator<String> TEXT = Comparator.nullsLast(Comparator.naturalOrder());

	private final JdbcClient jdbc;

	private final StudentAccounts accounts;

	private final RegistryRecords registry;

	private final SchoolCatalog catalog;

	ChaseRoster(JdbcClient jdbc, StudentAccounts accounts, RegistryRecords registry, SchoolCatalog catalog) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.registry = registry;
		this.catalog = catalog;
	}

	/**
	 * The students of {@code graduationYear} (null: every 届, whose 专业 and 班级 are then unknown) in
	 * college {@code scope} (null: the whole school), by college as the catalog orders them (students
	 * without one last), then 专业代码, 班级 and 学号.
	 */
	@Transactional(readOnly = true)
	List<ChaseStudent> students(Integer graduationYear, Long scope) {
		List<StudentPlacement> placements = accounts.placements(graduationYear)
			.stream()
			.filter(p -> scope == null || scope.equals(p.collegeId()))
			.toList();
		if (placements.isEmpty()) {
			return List.of();
		}
		Map<String, Placement> studies = new HashMap<>();
		if (graduationYear != null) {
			registry.placements(graduationYear).forEach(p -> studies.put(p.studentNo(), p));
		}
		Map<Long, ApplicationState> applications = applications(placements);
		Map<Long, Integer> collegeOrder = new HashMap<>();
		Map<Long, String> collegeNames = new HashMap<>();
		List<College> colleges = catalog.colleges();
		for (int i = 0; i < colleges.size(); i++) {
			collegeOrder.put(colleges.get(i).id(), i);
			collegeNames.put(colleges.get(i).id(), colleges.get(i).name());
		}
		List<ChaseStudent> students = new ArrayList<>(placements.size());
		for (StudentPlacement p : placements) {
			Placement study = studies.get(p.studentNo());
			ApplicationState application = applications.get(p.accountId());
			students.add(new ChaseStudent(p.accountId(), p.studentNo(), p.name(), PersonalData.maskIdCard(p.idCard()),
					application == null ? "" : PersonalData.maskMobile(application.mobile()), p.collegeId(),
					p.collegeId() == null ? null : collegeNames.get(p.collegeId()),
					study == null ? null : study.majorCode(), study == null ? null : study.majorName(),
					study == null ? null : study.className(), p.signedIn(),
					application == null ? null : application.status(), application != null && application.bound(),
					application == null ? null : application.updatedAt()));
		}
		students.sort(Comparator
			.comparing((ChaseStudent s) -> s.collegeId() == null ? Integer.MAX_VALUE
					: collegeOrder.getOrDefault(s.collegeId(), Integer.MAX_VALUE - 1))
			.thenComparing(ChaseStudent::majorCode, TEXT)
			.thenComparing(ChaseStudent::className, TEXT)
			.thenComparing(ChaseStudent::studentNo, TEXT));
		return students;
	}

	private Map<Long, ApplicationState> applications(List<StudentPlacement> placements) {
		Long[] ids = placements.stream().map(StudentPlacement::accountId).toArray(Long[]::new);
		Map<Long, ApplicationState> applications = new HashMap<>();
		jdbc.sql("""
				select v.account_id, v.status, v.registry_record_id is not null as bound, v.mobile, v.updated_at
				from unnest(?::bigint[]) as s(account_id)
				join verification_application v on v.account_id = s.account_id""")
			.param(ids)
			.query(rs -> {
				Timestamp updated = rs.getTimestamp("updated_at");
				applications.put(rs.getLong("account_id"),
						new ApplicationState(ReviewState.valueOf(rs.getString("status")), rs.getBoolean("bound"),
								rs.getString("mobile"), updated == null ? null : updated.toInstant()));
			});
		return applications;
	}

	private record ApplicationState(ReviewState status, boolean bound, String mobile, java.time.Instant updatedAt) {
	}
}
