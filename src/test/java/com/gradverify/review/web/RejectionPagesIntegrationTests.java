package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewHistory;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rejection that points at fields, through the reviewer's page and the API, and what the student
 * then sees: the reason at the top of the form, the fields highlighted until the next submission.
 */
@IntegrationTest
class RejectionPagesIntegrationTests extends ReviewPagesTestSupport {

	private static final Pattern FLAGGED_FIELD = Pattern.compile("class=\"field flagged\"");

	@Autowired
	ReviewHistory history;

	@Test
	void theDecisionFormOffersTheFormsFieldsToPointAt() throws Exception {
		long id = graduates.submitted(graduates.graduate(college)).applicationId();

		String html = page(reviewer, get("/reviews/VERIFICATION/{id}", id));

		assertThat(html).contains("id=\"pointed-fields\"")
			.contains("需要学生修改的项目")
			.containsPattern("type=\"checkbox\" value=\"homePhone\"[^>]*name=\"fields\"")
			.containsPattern("type=\"checkbox\" value=\"policeStation\"[^>]*name=\"fields\"")
			.containsPattern("type=\"checkbox\" value=\"originPlaceCode\"[^>]*name=\"fields\"")
			.contains("入学前户口所在地派出所");
	}

	@Test
	void theStudentSeesTheReasonAtTheTopAndThePointedFieldsHighlighted() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		var rejected = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "REJECT")
			.param("comment", "家庭电话与派出所填写有误")
			.param("fields", "policeStation", "homePhone")
			.param("version", Long.toString(reviews.target(reviewer, "VERIFICATION", id).version()))
			.with(csrf())
			.with(as(reviewer))).andReturn();
		assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/reviews?kind=VERIFICATION");

		String html = page(graduate.account(), get("/verification"));
		int banner = html.indexOf("id=\"rejection-banner\"");
		assertThat(banner).isPositive().isLessThan(html.indexOf("id=\"application-status\""))
			.isLessThan(html.indexOf("id=\"verification-form\""));
		String bannerHtml = html.substring(banner, html.indexOf("id=\"application-status\""));
		assertThat(bannerHtml).contains("您的实名认证申请已被驳回")
			.contains("学院审核")
			.contains("学院审核员")
			.contains("家庭电话与派出所填写有误")
			.contains("href=\"#flag-policeStation\"")
			.contains("href=\"#flag-homePhone\"")
			.containsSubsequence("入学前户口所在地派出所", "家庭电话")
			.doesNotContain("#flag-email");
		assertThat(count(FLAGGED_FIELD, html)).isEqualTo(2);
		assertThat(html).containsSubsequence("class=\"field flagged\"", "id=\"flag-policeStation\"",
				"审核员指出此项需修改", "id=\"policeStation\"")
			.containsSubsequence("class=\"field flagged\"", "id=\"flag-homePhone\"", "审核员指出此项需修改",
					"id=\"homePhone\"");
		// the reviewers' record of decisions names the fields too
		assertThat(page(school, get("/reviews/VERIFICATION/{id}", id)))
			.contains("需修改：入学前户口所在地派出所、家庭电话");
		// the results table at the bottom still lists the decision
		assertThat(html.substring(html.indexOf("id=\"verification-results\""))).contains("家庭电话与派出所填写有误");

		VerificationView view = verification.view(graduate.account());
		verification.submit(graduate.account(), view.version());

		String resubmitted = page(graduate.account(), get("/verification"));
		assertThat(resubmitted).doesNotContain("id=\"rejection-banner\"")
			.doesNotContain("flag-note")
			.doesNotContain("field flagged")
			.contains("家庭电话与派出所填写有误");
	}

	@Test
	void aSchoolRejectionNamesTheSchoolAndARejectionWithoutFieldsShowsTheReasonAlone() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(reviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
		reviews.decide(school, "VERIFICATION", id, Decision.REJECT, "请补充户籍证明", null);

		String html = page(graduate.account(), get("/verification"));

		String bannerHtml = html.substring(html.indexOf("id=\"rejection-banner\""), html.indexOf("id=\"application-status\""));
		assertThat(bannerHtml).contains("学校审核").contains("学校审核员").contains("请补充户籍证明")
			.doesNotContain("id=\"rejection-fields\"");
		assertThat(html).doesNotContain("field flagged");
	}

	@Test
	void anUnknownFieldOnTheDecisionPageIsA400AtTheCheckboxesAndChangesNothing() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		var response = mvc.perform(post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "REJECT")
			.param("comment", "请修改")
			.param("fields", "homePhone", "shoeSize")
			.with(csrf())
			.with(as(reviewer))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("表单中没有这些项目：shoeSize")
			.contains("id=\"decision-form\"")
			// what the reviewer ticked and typed is still there
			.containsPattern("value=\"homePhone\"[^>]*checked")
			.contains("请修改");
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(history.of("VERIFICATION", id)).isEmpty();
	}

	@Test
	void theApiRejectsWithFieldsRefusesUnknownOnesAndShowsTheStudentTheLastRejection() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		var unknown = mvc.perform(decision(id, "{\"decision\":\"REJECT\",\"comment\":\"请修改\",\"fields\":[\"shoeSize\"]}"))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentType()).startsWith("application/problem+json");
		assertThat(unknown.getContentAsString()).contains("\"field\":\"fields\"")
			.contains("review.fields.unknown")
			.contains("shoeSize");
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);

		var approvalWithFields = mvc.perform(decision(id, "{\"decision\":\"APPROVE\",\"fields\":[\"email\"]}"))
			.andReturn()
			.getResponse();
		assertThat(approvalWithFields.getStatus()).isEqualTo(400);
		assertThat(approvalWithFields.getContentAsString()).contains("review.fields.onlyWhenRejecting");

		var rejected = mvc.perform(decision(id,
				"{\"decision\":\"REJECT\",\"comment\":\"邮箱和邮编有误\",\"fields\":[\"email\",\"postcode\"]}"))
			.andReturn()
			.getResponse();
		assertThat(rejected.getStatus()).isEqualTo(200);
		assertThat(rejected.getContentAsString()).contains("\"status\":\"REJECTED\"")
			.contains("\"comment\":\"邮箱和邮编有误\"")
			.contains("\"fields\":[\"postcode\",\"email\"]");

		String mine = page(graduate.account(), get("/api/v1/me/verification"));
		assertThat(mine).contains("\"lastRejection\":{\"level\":\"COLLEGE\",\"reason\":\"邮箱和邮编有误\","
				+ "\"fields\":[\"postcode\",\"email\"]")
			.contains("\"open\":true}")
			.contains("\"decision\":\"REJECT\",\"comment\":\"邮箱和邮编有误\"");

		VerificationView view = verification.view(graduate.account());
		verification.submit(graduate.account(), view.version());
		assertThat(page(graduate.account(), get("/api/v1/me/verification")))
			.contains("\"lastRejection\":{\"level\":\"COLLEGE\",\"reason\":\"邮箱和邮编有误\"")
			.contains("\"open\":false}");
	}

	@Test
	void aStudentNeverRejectedHasNoLastRejection() throws Exception {
		Graduate graduate = graduates.graduate(college);
		graduates.submitted(graduate);

		assertThat(page(graduate.account(), get("/api/v1/me/verification"))).contains("\"lastRejection\":null");
		assertThat(page(graduate.account(), get("/verification"))).doesNotContain("id=\"rejection-banner\"");
	}

	private static int count(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}
}
