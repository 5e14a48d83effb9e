package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.verification.KeyField;
import com.gradverify.review.Decision;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** The reviewer's pages and API as a reviewer uses them, and the results the student then sees. */
@IntegrationTest
class ReviewPagesIntegrationTests extends ReviewPagesTestSupport {

	@Autowired
	AmendmentService amendments;

	@Test
	void theQueueShowsMaskedIdCardsBadgesAndMarksOnlyCleanBoundRowsForBatchApproval() throws Exception {
		Graduate clean = graduates.graduate(college);
		long cleanId = graduates.submitted(clean).applicationId();
		Graduate mismatched = graduates.graduate(college);
		long mismatchedId = graduates.submittedWithMismatch(mismatched).applicationId();
		Graduate unbound = graduates.graduate(college);
		long unboundId = graduates.submittedUnbound(unbound).applicationId();

		String html = page(reviewer, get("/reviews"));

		assertThat(html).contains(clean.account().username(), mismatched.account().username(),
				unbound.account().username())
			.doesNotContain(clean.idCard())
			.contains("共 3 条")
			.contains("不匹配 1")
			.contains("未绑定学籍")
			// every waiting row may be rejected in a batch; only clean bound ones approved
			.containsPattern("name=\"ids\" value=\"" + cleanId + "\"[^>]*data-approvable=\"true\"")
			.containsPattern("name=\"ids\" value=\"" + mismatchedId + "\"[^>]*data-approvable=\"false\"")
			.containsPattern("name=\"ids\" value=\"" + unboundId + "\"[^>]*data-approvable=\"false\"");
		assertThat(page(reviewer, get("/reviews").param("search", clean.name()))).contains("共 1 条");
		assertThat(page(reviewer, get("/reviews").param("unbound", "true"))).contains(unbound.account().username())
			.doesNotContain(clean.account().username());
	}

	@Test
	void theQueueApiMasksTheIdCardDownToTheRegionSinceItsLastSixAreTheDefaultPassword() throws Exception {
		Graduate graduate = graduates.graduate(college);
		graduates.submitted(graduate);

		String json = page(reviewer, get("/api/v1/reviews").param("search", graduate.account().username()));

		assertThat(json).contains("\"maskedIdCard\":\"" + graduate.idCard().substring(0, 6) + "*".repeat(12) + "\"")
			.doesNotContain(graduate.idCard().substring(12));
	}

	@Test
	void theDetailPageShowsTheStudentsOpenChangeRequests() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long applicationId = graduates.submittedWithMismatch(graduate).applicationId();
		String before = page(reviewer, get("/reviews/VERIFICATION/{id}", applicationId));
		assertThat(before).contains("该生没有未结束的申请异动");

		amendments.create(graduate.account(), List.of(KeyField.ETHNICITY));

		assertThat(page(reviewer, get("/reviews/VERIFICATION/{id}", applicationId))).contains("该生的申请异动")
			.doesNotContain("该生没有未结束的申请异动")
			.contains("草稿")
			.contains("民族：汉族（01） → 蒙古族（02）");
	}

	@Test
	void theDetailPageNamesAHistoricalOriginPlaceAsItWasNamed() throws Exception {
		Graduate graduate = graduates.graduate(college);
		// the registry carries the code of 密云县, a 区 since 2015, and the form keeps it
		jdbc.sql("update registry_record set origin_place_code = '110228' where student_no = :no")
			.param("no", graduate.account().username())
			.update();
		long id = graduates.submitted(graduate, form -> form.setPoliceStation("北京市密云区鼓楼派出所")).applicationId();

		String html = page(reviewer, get("/reviews/VERIFICATION/{id}", id));
		int at = html.indexOf("data-field=\"originPlaceCode\"");
		String row = html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));

		assertThat(row).containsPattern("<td>北京市密云县（110228）</td>\\s*<td>北京市密云县（110228）</td>")
			.contains("row-match");
	}

	@Test
	void theSchoolFiltersByCollegeAndMaySendAnApplicationBackToTheCollege() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(reviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
		long otherCollege = graduates.college();

		assertThat(page(school, get("/reviews").param("collegeId", Long.toString(college))))
			.contains("name=\"collegeId\"")
			.contains(graduates.collegeName(college))
			.contains(graduate.account().username());
		assertThat(page(school, get("/reviews").param("collegeId", Long.toString(otherCollege))))
			.doesNotContain(graduate.account().username());

		String detail = page(school, get("/reviews/VERIFICATION/{id}", id));
		assertThat(detail).contains("id=\"return-button\"").contains("待学校审核");
		var returned = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "RETURN")
			.param("comment", "请学院复核民族")
			.param("version", Long.toString(reviews.target(school, "VERIFICATION", id).version()))
			.with(csrf())
			.with(as(school))).andReturn();
		assertThat(returned.getFlashMap().get("flashSuccess")).isEqualTo("已退回学院重新审核。");
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	@SuppressWarnings("unchecked")
	void batchApprovalReportsTheApprovedCountAndEachRefusalWithItsReason() throws Exception {
		long clean = graduates.submitted(graduates.graduate(college)).applicationId();
		long mismatched = graduates.submittedWithMismatch(graduates.graduate(college)).applicationId();

		MvcResult result = mvc.perform(post("/reviews/batch-approve").param("ids", Long.toString(clean))
			.param("ids", Long.toString(mismatched))
			.with(csrf())
			.with(as(reviewer))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/reviews?kind=VERIFICATION");
		assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("已通过 1 份申请。");
		assertThat((List<Object>) result.getFlashMap().get("batchRefused"))
			.containsExactly("申请 #" + mismatched + "：存在不匹配项，请逐一审核");
	}

	@Test
	void theDetailPageShowsTheFormBesideTheRegistryWithMarksAndTheDecisionForm() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submittedWithMismatch(graduate).applicationId();

		String html = page(reviewer, get("/reviews/VERIFICATION/{id}", id));

		assertThat(html).contains(graduate.idCard())
			.contains("data-field=\"ethnicCode\"")
			.contains("row-mismatch")
			.contains("蒙古族（02）")
			.contains("汉族（01）")
			.contains("id=\"decision-form\"")
			.contains("name=\"version\"")
			.contains("data-reason=")
			.doesNotContain("id=\"return-button\"")
			.contains("提交申请");
	}

	@Test
	void rejectingWithoutACommentShowsTheErrorNextToTheComment() throws Exception {
		long id = graduates.submitted(graduates.graduate(college)).applicationId();

		var response = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "REJECT")
			.param("comment", " ")
			.with(csrf())
			.with(as(reviewer))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("驳回时必须填写审核意见").contains("id=\"decision-form\"");
	}

	@Test
	void aDecisionOnAnApplicationSomeoneElseDecidedShowsAConflictAndTheCurrentState() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		long seen = reviews.target(reviewer, "VERIFICATION", id).version();
		reviews.decide(graduates.reviewer(Role.COLLEGE_REVIEWER, college), "VERIFICATION", id, Decision.REJECT,
				"请补充户籍证明", seen);

		var response = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "APPROVE")
			.param("comment", "同意")
			.param("version", Long.toString(seen))
			.with(csrf())
			.with(as(reviewer))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("不在您的审核环节")
			.contains("已驳回")
			.contains("请补充户籍证明")
			.doesNotContain("id=\"decision-form\"");
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.REJECTED);
	}

	@Test
	void theStudentSeesBothLevelsResultsOnTheirPageAndInTheApi() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		var approve = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "APPROVE")
			.param("version", Long.toString(reviews.target(reviewer, "VERIFICATION", id).version()))
			.with(csrf())
			.with(as(reviewer))).andReturn();
		assertThat(approve.getResponse().getRedirectedUrl()).isEqualTo("/reviews?kind=VERIFICATION");
		reviews.decide(school, "VERIFICATION", id, Decision.REJECT, "生源地与户籍证明不符", null);

		String html = page(graduate.account(), get("/verification"));
		assertThat(html).contains("学院审核").contains("学校审核").contains("通过").contains("生源地与户籍证明不符");

		String json = page(graduate.account(), get("/api/v1/me/verification"));
		assertThat(json).contains("\"reviews\":[{\"level\":\"COLLEGE\",\"decision\":\"APPROVE\"")
			.contains("{\"level\":\"SCHOOL\",\"decision\":\"REJECT\",\"comment\":\"生源地与户籍证明不符\"");
	}

	@Test
	void theApiDecidesAndAnswersProblemsForAMissingCommentAndAStaleVersion() throws Exception {
		long id = graduates.submitted(graduates.graduate(college)).applicationId();

		var missing = mvc.perform(decision(id, "{\"decision\":\"REJECT\"}")).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("\"field\":\"comment\"").contains("review.comment.required");

		var approved = mvc.perform(decision(id, "{\"decision\":\"APPROVE\",\"version\":" + version(id) + "}"))
			.andReturn()
			.getResponse();
		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(approved.getContentAsString()).contains("\"status\":\"COLLEGE_APPROVED\"")
			.contains("\"decisions\":[{\"level\":\"COLLEGE\",\"decision\":\"APPROVE\"");

		var stale = mvc.perform(post("/api/v1/reviews/{id}/decision", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"REJECT\",\"comment\":\"晚了\",\"version\":0}")
			.with(csrf())
			.with(as(school))).andReturn().getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("\"code\":\"review.actedByOther\"");
	}

	@Test
	void theOpenApiDocumentDescribesTheReviewEndpointsAndTheirBodies() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(user("school").roles("SCHOOL_REVIEWER"))).andReturn().getResponse().getContentAsString();

		assertThat(doc).contains("\"/api/v1/reviews\"", "\"/api/v1/reviews/{applicationId}\"",
				"\"/api/v1/reviews/{applicationId}/decision\"", "\"/api/v1/reviews/batch-approve\"", "ReviewDocument",
				"DecisionRequest", "BatchResponse", "QueuePage");
	}

	private long version(long id) {
		return reviews.target(reviewer, "VERIFICATION", id).version();
	}
}
