package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.VerificationForm;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 已修改: registry-held fields beyond the key ones that the student changed are marked with the
 * registry's value on the review pages (both levels), in the queue and in the API, and batch approval
 * leaves those applications waiting, listed apart for an individual review.
 */
@IntegrationTest
class ChangedFieldsReviewIntegrationTests extends ReviewPagesTestSupport {

	private static final String KIND = "VERIFICATION";

	/** The registry says 班级 计科2201 and 政治面貌 13 群众; the student writes 计科2202 and 03 共青团员. */
	private long submittedWithChanges(Graduate graduate) {
		return graduates.submitted(graduate, ChangedFieldsReviewIntegrationTests::changeClassAndPoliticalStatus)
			.applicationId();
	}

	private static void changeClassAndPoliticalStatus(VerificationForm form) {
		form.setClassName("计科2202");
		form.setPoliticalCode("03");
		// the same 专业名称 with stray spaces is no change
		form.setMajorName(" 计算机科学与技术 ");
	}

	@Test
	void theDetailPageMarksEachChangedFieldWithTheRegistrysValueAtBothLevels() throws Exception {
		long id = submittedWithChanges(graduates.graduate(college));

		String atCollege = page(reviewer, get("/reviews/VERIFICATION/{id}", id));

		assertThat(atCollege).contains("已修改 2 项");
		assertThat(row(atCollege, "className")).contains("row-changed", "计科2202", "计科2201", "已修改");
		assertThat(row(atCollege, "politicalCode")).contains("row-changed", "共青团员（03）", "群众（13）", "已修改");
		assertThat(row(atCollege, "majorName")).doesNotContain("已修改").doesNotContain("row-changed");
		assertThat(row(atCollege, "collegeName")).doesNotContain("已修改");

		reviews.decide(reviewer, KIND, id, Decision.APPROVE, null, null);
		String atSchool = page(school, get("/reviews/VERIFICATION/{id}", id));
		assertThat(atSchool).contains("已修改 2 项");
		assertThat(row(atSchool, "className")).contains("row-changed", "计科2201");
	}

	@Test
	void theQueueFlagsTheRowsAndTheApiSaysTheSame() throws Exception {
		Graduate changed = graduates.graduate(college);
		long changedId = submittedWithChanges(changed);
		Graduate clean = graduates.graduate(college);
		long cleanId = graduates.submitted(clean).applicationId();

		String queue = page(reviewer, get("/reviews"));
		assertThat(queueRow(queue, changedId)).contains("已修改 2 项");
		assertThat(queueRow(queue, cleanId)).doesNotContain("已修改");

		mvc.perform(get("/api/v1/reviews").with(as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + changedId + ")].changedCount", contains(2)))
			.andExpect(jsonPath("$.items[?(@.id == " + cleanId + ")].changedCount", contains(0)));
		mvc.perform(get("/api/v1/reviews/{id}", changedId).with(as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marks[?(@.code == 'CHANGED')].count", contains(2)))
			.andExpect(jsonPath("$.marks[?(@.code == 'MISMATCH')]").isEmpty())
			.andExpect(jsonPath("$.fields[?(@.name == 'className')].comparison", contains("CHANGED")))
			.andExpect(jsonPath("$.fields[?(@.name == 'className')].referenceValue", contains("计科2201")))
			.andExpect(jsonPath("$.fields[?(@.name == 'politicalCode')].comparison", contains("CHANGED")))
			.andExpect(jsonPath("$.fields[?(@.name == 'politicalCode')].valueName", contains("共青团员")))
			.andExpect(jsonPath("$.fields[?(@.name == 'politicalCode')].referenceValueName", contains("群众")))
			.andExpect(jsonPath("$.fields[?(@.name == 'majorName')].comparison", not(hasItem("CHANGED"))))
			.andExpect(jsonPath("$.fields[?(@.name == 'ethnicCode')].comparison", contains("MATCH")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void batchApprovalPassesOnlyUnchangedOnesAndListsTheChangedOnesForAnIndividualReview() throws Exception {
		Graduate changed = graduates.graduate(college);
		long changedId = submittedWithChanges(changed);
		Graduate clean = graduates.graduate(college);
		long cleanId = graduates.submitted(clean).applicationId();

		MvcResult result = mvc.perform(post("/reviews/batch-approve").param("ids", Long.toString(cleanId))
			.param("ids", Long.toString(changedId))
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("已通过 1 份申请。");
		assertThat((java.util.List<Object>) result.getFlashMap().get("batchRefused")).isEmpty();
		assertThat((Map<Long, Integer>) result.getFlashMap().get("batchHeld")).containsExactly(Map.entry(changedId, 2));
		assertThat(verification.view(clean.account()).status()).isEqualTo(ReviewState.COLLEGE_APPROVED);
		assertThat(verification.view(changed.account()).status()).isEqualTo(ReviewState.SUBMITTED);

		String queue = mvc.perform(get("/reviews").param("kind", KIND).flashAttrs(result.getFlashMap()).with(as(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String held = queue.substring(queue.indexOf("id=\"batch-held\""), queue.indexOf("id=\"queue-count\""));
		assertThat(held).contains("1 份申请需逐份审核")
			.contains("申请 #" + changedId + "：已修改 2 项")
			.contains("href=\"/reviews/VERIFICATION/" + changedId + "\"")
			.doesNotContain("/reviews/VERIFICATION/" + cleanId + "\"");
		assertThat(queueRow(queue, changedId)).contains("已修改 2 项");

		// looked at one by one, it is approved like any other
		reviews.decide(reviewer, KIND, changedId, Decision.APPROVE, null, null);
		assertThat(verification.view(changed.account()).status()).isEqualTo(ReviewState.COLLEGE_APPROVED);
	}

	@Test
	void theSchoolsBatchApprovalThroughTheApiHoldsChangedOnesBackToo() throws Exception {
		Graduate changed = graduates.graduate(college);
		long changedId = submittedWithChanges(changed);
		long cleanId = graduates.submitted(graduates.graduate(college)).applicationId();
		reviews.batchApprove(reviewer, KIND, java.util.List.of(cleanId));
		reviews.decide(reviewer, KIND, changedId, Decision.APPROVE, null, null);

		mvc.perform(post("/api/v1/reviews/batch-approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\":[" + cleanId + "," + changedId + "]}")
			.with(csrf())
			.with(as(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approved", contains((int) cleanId)))
			.andExpect(jsonPath("$.refused").isEmpty())
			.andExpect(jsonPath("$.heldForReview[0].id").value(changedId))
			.andExpect(jsonPath("$.heldForReview[0].changedCount").value(2))
			.andExpect(jsonPath("$.heldForReview[0].reason").value("review.batch.held"))
			.andExpect(jsonPath("$.heldForReview[0].message").value("学生修改了学籍库已有的信息，请逐份核对后审核"));
		assertThat(verification.view(changed.account()).status()).isEqualTo(ReviewState.COLLEGE_APPROVED);
	}

	@Test
	void anApplicationNoLongerWaitingIsRefusedAsSuchRatherThanHeld() {
		long changedId = submittedWithChanges(graduates.graduate(college));
		reviews.decide(reviewer, KIND, changedId, Decision.APPROVE, null, null);

		ReviewService.BatchResult result = reviews.batchApprove(reviewer, KIND, java.util.List.of(changedId));

		assertThat(result.held()).isEmpty();
		assertThat(result.refused()).extracting(ReviewService.BatchResult.Refusal::reasonCode)
			.containsExactly("review.notAwaiting");
	}

	/** The compare table's row of one form property. */
	private static String row(String html, String property) {
		int at = html.indexOf("data-field=\"" + property + "\"");
		assertThat(at).as(property).isPositive();
		int start = html.lastIndexOf("<tr", at);
		return html.substring(start, html.indexOf("</tr>", at));
	}

	private static String queueRow(String html, long id) {
		int at = html.indexOf("data-id=\"" + id + "\"");
		assertThat(at).as("row " + id).isPositive();
		return html.substring(at, html.indexOf("</tr>", at));
	}
}
