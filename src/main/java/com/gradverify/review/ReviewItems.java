package com.gradverify.review;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.gradverify.shared.LikePattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The review module's own table of reviewable items ({@code review_item}, with {@code review_applicant}
 * for who the student is): kept current from the kinds' {@link ReviewItemChanged} events in the
 * transaction of each change, and read for the queues of one kind or of all, their counts, filters,
 * orders and previous/next, all paged by the database.
 */
@Repository
class ReviewItems {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final NamedParameterJdbcTemplate jdbc;

	ReviewItems(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ReviewItemChanged item) {
		var params = new MapSqlParameterSource().addValue("kind", item.kind())
			.addValue("id", item.itemId())
			.addValue("account", item.accountId())
			.addValue("year", item.graduationYear())
			.addValue("college", item.collegeId())
			.addValue("state", item.state().name())
			.addValue("status", item.status())
			.addValue("bound", item.bound())
			.addValue("mismatches", item.mismatchCount())
			.addValue("notCompared", item.notComparedCount())
			.addValue("changed", item.changedCount())
			.addValue("submittedAt", item.submittedAt() == null ? null : Timestamp.from(item.submittedAt()))
			.addValue("version", item.version());
		// a later version never gives way to an earlier one flushed after it
		jdbc.update("""
				insert into review_item (kind, item_id, account_id, graduation_year, college_id, state, status, bound,
				                         mismatch_count, not_compared_count, changed_count, submitted_at, version)
				values (:kind, :id, :account, :year, :college, :state, :status, :bound, :mismatches, :notCompared,
				        :changed, :submittedAt, :version)
				on conflict (kind, item_id) do update set account_id = excluded.account_id,
				    graduation_year = excluded.graduation_year, college_id = excluded.college_id,
				    state = excluded.state, status = excluded.status, bound = excluded.bound,
				    mismatch_count = excluded.mismatch_count, not_compared_count = excluded.not_compared_count,
				    changed_count = excluded.changed_count, submitted_at = excluded.submitted_at,
				    version = excluded.version, updated_at = now()
				where review_item.version <= excluded.version""", params);
		ReviewApplicant applicant = item.applicant();
		if (applicant != null) {
			jdbc.update("""
					insert into review_applicant (account_id, student_no, name, masked_id_card, college_name, major_code,
					                              major_name, class_name)
					values (:account, :studentNo, :name, :maskedIdCard, :collegeName, :majorCode, :majorName, :className)
					on conflict (account_id) do update set student_no = excluded.student_no, name = excluded.name,
					    masked_id_card = excluded.masked_id_card, college_name = excluded.college_name,
					    major_code = excluded.major_code, major_name = excluded.major_name,
					    class_name = excluded.class_name""",
					new MapSqlParameterSource().addValue("account", item.accountId())
						.addValue("studentNo", applicant.studentNo())
						.addValue("name", applicant.name())
						.addValue("maskedIdCard", applicant.maskedIdCard())
						.addValue("collegeName", applicant.collegeName())
						.addValue("majorCode", applicant.majorCode())
						.addValue("majorName", applicant.majorName())
						.addValue("className", applicant.className()));
		}
	}

	/** Records which form fields the student changed since the item's last rejection (none: empty). */
	void changedSinceRejection(String kind, long id, List<String> fields) {
		jdbc.update("update review_item set changed_since_rejection = string_to_array(:fields, ',') "
				+ "where kind = :kind and item_id = :id",
				new MapSqlParameterSource().addValue("kind", kind).addValue("id", id)
					.addValue("fields", String.join(",", fields)));
	}

	/** A page of the queue of {@code kind}, or of every kind when it is null. */
	QueuePage page(String kind, QueueQuery query) {
		Filter filter = Filter.of(kind, query);
		Long total = jdbc.queryForObject("select count(*)" + FROM + filter.where(), filter.params(), Long.class);
		var params = filter.params()
			.addValue("limit", query.size())
			.addValue("offset", (long) query.page() * query.size());
		List<QueueItem> items = jdbc.query(SELECT + FROM + filter.where() + " order by " + order(query.sort())
				+ " limit :limit offset :offset", params, (rs, n) -> new QueueItem(rs.getString("kind"),
						rs.getLong("item_id"), rs.getString("student_no"), rs.getString("name"),
						rs.getString("masked_id_card"), rs.getString("college_name"), rs.getString("major_name"),
						rs.getString("class_name"), rs.getString("status"), rs.getInt("mismatch_count"),
						rs.getInt("not_compared_count"), rs.getBoolean("bound"),
						rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
						rs.getLong("version"), rs.getInt("changed_count"), strings(rs.getArray("changed_since_rejection"))));
		return new QueuePage(items, total == null ? 0 : total, query.page(), query.size());
	}

	/**
	 * The items before and after {@code kind}/{@code id} in the queue's order and filters (of one kind, or of
	 * every kind when {@code queueKind} is null), whether or not the item itself still matches them: once
	 * decided it leaves the waiting queue, and the reviewer goes on to the next.
	 */
	Neighbours neighbours(String queueKind, QueueQuery query, String kind, long id) {
		Filter filter = Filter.of(queueKind, query);
		String key = sortKey(query.sort().key());
		boolean descending = query.sort().descending();
		var params = filter.params().addValue("currentKind", kind).addValue("currentId", id);
		String current = "(select " + key + " as v, i.kind, i.item_id" + FROM
				+ " where i.kind = :currentKind and i.item_id = :currentId)";
		return new Neighbours(neighbour(filter, params, key, current, descending ? ">" : "<", !descending),
				neighbour(filter, params, key, current, descending ? "<" : ">", descending));
	}

	private Optional<ItemRef> neighbour(Filter filter, MapSqlParameterSource params, String key, String current,
			String comparison, boolean descending) {
		String direction = descending ? " desc" : "";
		return jdbc.query("select i.kind, i.item_id" + FROM + " cross join " + current + " c" + filter.where()
				+ " and (" + key + ", i.kind, i.item_id) " + comparison + " (c.v, c.kind, c.item_id) order by " + key
				+ direction + ", i.kind" + direction + ", i.item_id" + direction + " limit 1", params,
				(rs, n) -> new ItemRef(rs.getString("kind"), rs.getLong("item_id")))
			.stream()
			.findFirst();
	}

	/**
	 * Of the {@code ids} of {@code kind} waiting for {@code level}, those batch approval may not approve and
	 * why, and those it leaves for an individual look because the student changed registry-held fields.
	 */
	Map<Long, ItemFlags> flags(String kind, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.query("""
				select item_id, bound, mismatch_count, changed_count from review_item
				where kind = :kind and item_id = any(:ids)""",
				new MapSqlParameterSource().addValue("kind", kind).addValue("ids", ids.toArray(Long[]::new)),
				(rs, n) -> new ItemFlags(rs.getLong("item_id"), rs.getBoolean("bound"), rs.getInt("mismatch_count"),
						rs.getInt("changed_count")))
			.stream()
			.collect(Collectors.toMap(ItemFlags::id, f -> f));
	}

	private static final String SELECT = """
			select i.kind, i.item_id, p.student_no, p.name, p.masked_id_card, p.college_name, p.major_name,
			       p.class_name, i.status, i.mismatch_count, i.not_compared_count, i.bound, i.submitted_at, i.version,
			       i.changed_count, i.changed_since_rejection""";

	private static final String FROM = " from review_item i left join review_applicant p on p.account_id = i.account_id";

	private static String order(QueueSort sort) {
		String direction = sort.descending() ? " desc" : "";
		return sortKey(sort.key()) + direction + ", i.kind" + direction + ", i.item_id" + direction;
	}

	/** Never null, so that the order is total and previous/next can compare with it. */
	private static String sortKey(QueueSort.Key key) {
		return switch (key) {
			case SUBMITTED_AT -> "coalesce(i.submitted_at, 'infinity'::timestamptz)";
			case STUDENT_NO -> "coalesce(p.student_no, '')";
			case NAME -> "coalesce(p.name, '')";
			case MISMATCHES -> "i.mismatch_count";
			case CHANGED -> "i.changed_count";
		};
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** A queue's where clause and its parameters. */
	private record Filter(String where, MapSqlParameterSource params) {

		static Filter of(String kind, QueueQuery query) {
			List<String> states = states(query);
			// one state as an equality, so that the queue indexes (V44) give the order without a sort
			var where = new StringBuilder(states.size() == 1 ? " where i.state = :state" : " where i.state = any(:states)");
			var params = states.size() == 1 ? new MapSqlParameterSource("state", states.get(0))
					: new MapSqlParameterSource("states", states.toArray(String[]::new));
			if (kind != null) {
				where.append(" and i.kind = :kind");
				params.addValue("kind", kind);
			}
			if (query.graduationYear() != null) {
				where.append(" and i.graduation_year = :year");
				params.addValue("year", query.graduationYear());
			}
			if (query.collegeId() != null) {
				where.append(" and i.college_id = :college");
				params.addValue("college", query.collegeId());
			}
			if (!blank(query.majorCode())) {
				where.append(" and p.major_code = :major");
				params.addValue("major", query.majorCode().strip());
			}
			if (!blank(query.className())) {
				where.append(" and p.class_name = :className");
				params.addValue("className", query.className().strip());
			}
			if (query.hasMismatches() != null) {
				where.append(query.hasMismatches() ? " and i.mismatch_count > 0" : " and i.mismatch_count = 0");
			}
			if (query.unbound() != null) {
				where.append(query.unbound() ? " and not i.bound" : " and i.bound");
			}
			if (query.submittedFrom() != null) {
				where.append(" and i.submitted_at >= :from");
				params.addValue("from", startOf(query.submittedFrom()));
			}
			if (query.submittedTo() != null) {
				where.append(" and i.submitted_at < :to");
				params.addValue("to", startOf(query.submittedTo().plusDays(1)));
			}
			if (!blank(query.search())) {
				where.append(" and (p.student_no = :search or p.name like :namePattern)");
				params.addValue("search", query.search().strip());
				params.addValue("namePattern", LikePattern.containing(query.search()));
			}
			return new Filter(where.toString(), params);
		}

		private static List<String> states(QueueQuery query) {
			var states = switch (query.state()) {
				case WAITING -> List.of(ReviewState.waitingFor(query.level()));
				case DECIDED -> List.copyOf(ReviewState.decidedAt(query.level()));
				case ALL -> List.copyOf(ReviewState.submitted());
			};
			return states.stream().map(Enum::name).toList();
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

		private static Timestamp startOf(LocalDate day) {
			return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
		}
	}

	/** An item of a kind. */
	record ItemRef(String kind, long id) {
	}

	/** The items before and after one in a queue's order. */
	record Neighbours(Optional<ItemRef> previous, Optional<ItemRef> next) {
	}

	/** What batch approval looks at. */
	record ItemFlags(long id, boolean bound, int mismatchCount, int changedCount) {
	}
}
