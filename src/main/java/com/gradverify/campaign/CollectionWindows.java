package com.gradverify.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.gradverify.account.SignedInAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The collection window of a student, for the verification module: {@link #requireOpen} at submit and
 * withdraw reads the campaigns afresh in the caller's transaction; {@link #forStudent}, for the pages'
 * deadline and countdown, reads them through a per-node cache of each 届's campaigns that lives
 * {@code gradverify.campaign.window-cache-ttl} (30 s), so that a page costs no query of its own and an
 * edit made on another node shows within that time. Edits on this node clear it at once.
 */
@Service
public class CollectionWindows {

	private final JdbcClient jdbc;

	private final long ttlNanos;

	private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

	CollectionWindows(JdbcClient jdbc, CampaignProperties properties) {
		this.jdbc = jdbc;
		this.ttlNanos = properties.windowCacheTtl().toNanos();
	}

	/** The signed-in student's window, as their pages show it (at most the cache's age behind). */
	public CollectionWindow forStudent(SignedInAccount student) {
		if (student.graduationYear() == null) {
			return CollectionWindow.UNRESTRICTED;
		}
		long now = System.nanoTime();
		Cached cached = cache.get(student.graduationYear());
		if (cached == null || now - cached.loadedAt() > ttlNanos) {
			// one load per 届 when it expires, however many students open a page at that moment
			cached = cache.compute(student.graduationYear(), (year, current) -> current != null
					&& System.nanoTime() - current.loadedAt() <= ttlNanos ? current : new Cached(load(year), System.nanoTime()));
		}
		return cached.year().windowOf(student.collegeId(), student.id(), Instant.now());
	}

	/** The window now, read afresh (in the caller's transaction, if any). */
	public CollectionWindow current(int graduationYear, Long collegeId, long accountId) {
		return load(graduationYear).windowOf(collegeId, accountId, Instant.now());
	}

	/** The windows of a 届's students now, read afresh once: for asking of many students at a time. */
	public YearWindows ofYear(int graduationYear) {
		YearCampaigns campaigns = load(graduationYear);
		Instant now = Instant.now();
		return (collegeId, accountId) -> campaigns.windowOf(collegeId, accountId, now);
	}

	/** Each student's window within one 届, by their college and account. */
	@FunctionalInterface
	public interface YearWindows {

		CollectionWindow of(Long collegeId, long accountId);
	}

	/**
	 * Refuses submitting or withdrawing outside the window.
	 *
	 * @throws CollectionClosedException before the opening, after the closing or the college's deadline
	 * (unless reopened for this student)
	 */
	public void requireOpen(int graduationYear, Long collegeId, long accountId) {
		CollectionWindow window = current(graduationYear, collegeId, accountId);
		if (!window.allowsSubmission()) {
			throw new CollectionClosedException(window);
		}
	}

	/** Forgets this node's copy of a 届 after a change here. */
	void evict(int graduationYear) {
		cache.remove(graduationYear);
	}

	private YearCampaigns load(int graduationYear) {
		Map<Long, CampaignRow> rows = new HashMap<>();
		jdbc.sql("""
				select c.id, c.name, c.opens_at, c.closes_at, d.college_id, d.deadline
				from campaign c left join campaign_college_deadline d on d.campaign_id = c.id
				where c.graduation_year = :year""")
			.param("year", graduationYear)
			.query((rs, n) -> {
				String name = rs.getString("name");
				Instant opensAt = instant(rs, "opens_at");
				Instant closesAt = instant(rs, "closes_at");
				CampaignRow row = rows.computeIfAbsent(rs.getLong("id"),
						id -> new CampaignRow(id, name, opensAt, closesAt, new HashMap<>()));
				long college = rs.getLong("college_id");
				if (!rs.wasNull()) {
					row.deadlines().put(college, instant(rs, "deadline"));
				}
				return row;
			})
			.list();
		Map<Long, Map<Long, Instant>> reopenings = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					select r.campaign_id, r.account_id, r.until from campaign_reopening r
					join campaign c on c.id = r.campaign_id where c.graduation_year = :year""")
				.param("year", graduationYear)
				.query((rs, n) -> reopenings.computeIfAbsent(rs.getLong("account_id"), a -> new HashMap<>())
					.put(rs.getLong("campaign_id"), instant(rs, "until")))
				.list();
		}
		List<CampaignWindow> windows = new ArrayList<>();
		rows.values().forEach(r -> windows.add(new CampaignWindow(r.id(), r.name(), r.opensAt(), r.closesAt(), r.deadlines())));
		return new YearCampaigns(List.copyOf(windows), reopenings);
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A 届's campaigns and its students' reopenings (by account, then campaign). */
	private record YearCampaigns(List<CampaignWindow> campaigns, Map<Long, Map<Long, Instant>> reopenings) {

		CollectionWindow windowOf(Long collegeId, long accountId, Instant now) {
			return CollectionWindow.of(campaigns, collegeId, reopenings.getOrDefault(accountId, Map.of()), now);
		}
	}

	private record CampaignRow(long id, String name, Instant opensAt, Instant closesAt, Map<Long, Instant> deadlines) {
	}

	private record Cached(YearCampaigns year, long loadedAt) {
	}
}
