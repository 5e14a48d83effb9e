package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration that carried existing applications into the review module's tables, run again on the demo
 * school (applications of every kind written through the application): it must give exactly the rows the
 * kinds' events keep, or an upgraded installation would start with queues unlike a new one's.
 */
@SpringBootTest
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class ReviewItemBackfillDemoDataTest {

	private static final String ITEMS = """
			select kind, item_id, account_id, graduation_year, college_id, state, status, bound, mismatch_count,
			       not_compared_count, changed_count, submitted_at, version
			from review_item order by kind, item_id""";

	private static final String APPLICANTS = """
			select account_id, student_no, name, masked_id_card, college_name, major_code, major_name, class_name
			from review_applicant order by account_id""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theBackfillOfTheDemoSchoolGivesTheRowsTheEventsKept() {
		List<Map<String, Object>> kept = jdbc.sql(ITEMS).query().listOfRows();
		List<Map<String, Object>> applicants = jdbc.sql(APPLICANTS).query().listOfRows();
		assertThat(kept).extracting(row -> row.get("state")).contains("DRAFT", "SUBMITTED");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("delete from review_item").update();
			jdbc.sql("delete from review_applicant").update();
			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
					new ClassPathResource("db/migration/V32_2__review_item_backfill.sql"));

			assertThat(jdbc.sql(ITEMS).query().listOfRows()).containsExactlyElementsOf(kept);
			assertThat(jdbc.sql(APPLICANTS).query().listOfRows()).containsExactlyElementsOf(applicants);
			status.setRollbackOnly();
		});
	}
}
