package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewState;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.VerificationView;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The reviewer's tools on the pages: the queue's order and select-all, batch rejection and return with
 * one comment, previous/next without the queue, and what the student changed since the last rejection.
 */
@IntegrationTest
class ReviewerToolsIntegrationTests extends ReviewPagesTestSupport {

	@Test
	void theQueueSortsByAColumnEitherWayAndEachHeaderLinksToTheOtherDirection() throws Exception {
		List<Graduate> three = List.of(graduates.graduate(college), graduates.graduate(college),
				graduates.graduate(college));
		three.forEach(graduates::submitted);
		List<String> byNumber = three.stream().map(g -> g.account().username()).sorted().toList();

		String ascending = page(reviewer, get("/reviews").param("sort", "STUDENT_NO"));
		String descending = page(reviewer, get("/reviews").param("sort", "STUDENT_NO").param("desc", "true"));

		assertThat(ascending).containsSubsequence(byNumber.get(0), byNumber.get(1), byNumber.get(2))
			.contains("aria-sort=\"ascending\"")
			.contains("href=\"/reviews?sort=STUDENT_NO&amp;desc=true\"")
			.contains("id=\"select-all\"");
		assertThat(descending).containsSubsequence(byNumber.get(2), byNumber.get(1), byNumber.get(0))
			.contains("aria-sort=\"descending\"")
			.contains("href=\"/reviews?sort=STUDENT_NO\"");
	}

	@Test
	void theDetailPageLinksToTheItemsBeforeAndAfterItInTheQueueItCameFromAndADecisionGoesOnToTheNext()
			throws Exception {
		List<Long> ids = List.of(graduates.graduate(college), graduates.graduate(college), graduates.graduate(college))
			.stream()
			.map(g -> graduates.submitted(g).applicationId())
			.toList();
		String queue = "kind=VERIFICATION&sort=SUBMITTED_AT";

		String middle = page(reviewer, get("/reviews/VERIFICATION/{id}?" + queue, ids.get(1)));

		assertThat(middle).contains("href=\"/reviews/VERIFICATION/" + ids.get(0) + "?kind=VERIFICATION&amp;sort=SUBMITTED_AT\"")
			.contains("href=\"/reviews/VERIFICATION/" + ids.get(2) + "?kind=VERIFICATION&amp;sort=SUBMITTED_AT\"")
			.contains("href=\"/reviews?kind=VERIFICATION&amp;sort=SUBMITTED_AT\"")
			.contains("decision-bar");

		MvcResult decided = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", ids.get(1))
			.param("decision", "APPROVE")
			.param("queue", queue)
			.param("previousItem", "VERIFICATION/" + ids.get(0))
			.param("nextItem", "VERIFICATION/" + ids.get(2))
			.param("continueToNext", "true")
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(decided.getResponse().getRedirectedUrl())
			.isEqualTo("/reviews/VERIFICATION/" + ids.get(2) + "?" + queue);
		assertThat(decided.getFlashMap().get("flashSuccess")).isEqualTo("已通过该申请。");
		// once decided the item left the waiting queue, and still knows its neighbours
		String after = page(reviewer, get("/reviews/VERIFICATION/{id}?" + queue, ids.get(1)));
		assertThat(after).contains("href=\"/reviews/VERIFICATION/" + ids.get(2) + "?");
	}

	@Test
	void aFormPostedBackCannotRedirectAwayFromTheReviewPages() throws Exception {
		long id = graduates.submitted(graduates.graduate(college)).applicationId();

		MvcResult decided = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "APPROVE")
			.param("queue", "x=1\r\nLocation: https://evil.example/")
			.param("nextItem", "//evil.example/1")
			.param("continueToNext", "true")
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/reviews?kind=VERIFICATION");
	}

	@Test
	void batchRejectionRejectsEverySelectedItemWithTheOneCommentEachOnItsOwn() throws Exception {
		Graduate clean = graduates.graduate(college);
		long cleanId = graduates.submitted(clean).applicationId();
		Graduate mismatched = graduates.graduate(college);
		long mismatchedId = graduates.submittedWithMismatch(mismatched).applicationId();
		Graduate decided = graduates.graduate(college);
		long decidedId = graduates.submitted(decided).applicationId();
		reviews.decide(reviewer, "VERIFICATION", decidedId, Decision.APPROVE, null, null);

		MvcResult result = mvc.perform(post("/reviews/batch-decide").param("decision", "REJECT")
			.param("comment", "请上传户籍证明")
			.param("ids", Long.toString(cleanId), Long.toString(mismatchedId), Long.toString(decidedId))
			.param("queue", "kind=VERIFICATION&hasMismatches=true")
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/reviews?kind=VERIFICATION&hasMismatches=true");
		assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("已驳回 2 份申请。");
		assertThat(verification.view(clean.account()).status()).isEqualTo(ReviewState.REJECTED);
		assertThat(verification.view(mismatched.account()).status()).isEqualTo(ReviewState.REJECTED);
		assertThat(verification.view(decided.account()).status()).isEqualTo(ReviewState.COLLEGE_APPROVED);
		assertThat(page(clean.account(), get("/verification"))).contains("请上传户籍证明");
		assertThat(result.getFlashMap().get("batchRefused").toString()).contains("#" + decidedId);
	}

	@Test
	void batchRejectionWithoutACommentChangesNothingAndKeepsTheSelection() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		MvcResult result = mvc.perform(post("/reviews/batch-decide").param("decision", "REJECT")
			.param("comment", "  ")
			.param("ids", Long.toString(id))
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(result.getFlashMap().get("flashError")).isEqualTo("驳回时必须填写审核意见");
		assertThat(result.getFlashMap().get("selectedIds")).isEqualTo(List.of(id));
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void onlyTheSchoolReturnsABatchToTheCollege() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		MvcResult byCollege = mvc.perform(post("/reviews/batch-decide").param("decision", "RETURN")
			.param("comment", "请学院复核")
			.param("ids", Long.toString(id))
			.with(csrf())
			.with(as(reviewer))).andReturn();
		assertThat(byCollege.getResponse().getRedirectedUrl()).isEqualTo("/reviews");
		assertThat(byCollege.getFlashMap().get("flashError")).isNotNull();
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(page(reviewer, get("/reviews"))).doesNotContain("id=\"batch-return\"").contains("id=\"batch-reject\"");

		reviews.decide(reviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
		assertThat(page(school, get("/reviews"))).contains("id=\"batch-return\"");
		MvcResult bySchool = mvc.perform(post("/reviews/batch-decide").param("decision", "RETURN")
			.param("comment", "请学院复核")
			.param("ids", Long.toString(id))
			.with(csrf())
			.with(as(school))).andReturn();

		assertThat(bySchool.getFlashMap().get("flashSuccess")).isEqualTo("已退回学院 1 份申请。");
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void theQueueRowSaysWhichFieldsTheStudentChangedSinceTheLastRejection() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(reviewer, "VERIFICATION", id, Decision.REJECT, "家庭电话请填写父母的手机号", null);

		VerificationView view = verification.view(graduate.account());
		var form = view.form();
		form.setHomePhone("13807301111");
		VerificationView saved = verification.saveDraft(graduate.account(), form, view.version());
		verification.submit(graduate.account(), saved.version());

		String queue = page(reviewer, get("/reviews").param("search", graduate.account().username()));
		assertThat(queue).contains("驳回后修改：家庭电话");
	}

	@Test
	void theApiRejectsABatchWithOneCommentAndRefusesWhatItCannotDecide() throws Exception {
		Graduate waiting = graduates.graduate(college);
		long waitingId = graduates.submitted(waiting).applicationId();
		long otherCollegesId = graduates.submitted(graduates.graduate(graduates.college())).applicationId();

		String body = mvc.perform(post("/api/v1/reviews/batch-decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\":[" + waitingId + "," + otherCollegesId + "],\"decision\":\"REJECT\",\"comment\":\"请补充材料\"}")
			.with(csrf())
			.with(as(reviewer))).andReturn().getResponse().getContentAsString();

		assertThat(body).contains("\"decided\":[" + waitingId + "]").contains("\"id\":" + otherCollegesId);
		assertThat(verification.view(waiting.account()).status()).isEqualTo(ReviewState.REJECTED);

		var missingComment = mvc.perform(post("/api/v1/reviews/batch-decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\":[" + otherCollegesId + "],\"decision\":\"REJECT\"}")
			.with(csrf())
			.with(as(school))).andReturn().getResponse();
		assertThat(missingComment.getStatus()).isEqualTo(400);
		assertThat(missingComment.getContentAsString()).contains("\"field\":\"comment\"");
	}
}
