package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentTestData.Graduate;
import com.gradverify.shared.ConflictException;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Per-field decisions on PostgreSQL: the school accepts the 生源地 correction and rejects the 民族
 * one; the registry takes only the accepted field, the student reads the rejected one's reason.
 */
@IntegrationTest
class AmendmentFieldDecisionIntegrationTests {

	private static final String ETHNICITY_REASON = "民族证明材料与户口簿不一致";

	@Autowired
	WebApplicationContext context;

	@Autowired
	AmendmentService amendments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	TransactionTemplate transactions;

	MockMvc mvc;

	AmendmentTestData data;

	Graduate graduate;

	SignedInAccount school;

	AmendmentView submitted;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		graduate = data.graduateWithOriginAndEthnicityMismatch();
		school = data.staff(Role.SCHOOL_REVIEWER, null);
		submitted = AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ORIGIN_PLACE, KeyField.ETHNICITY);
	}

	/** Nothing left waiting: other tests read the queue's first page. */
	@AfterEach
	void decideWhatIsLeft() {
		AmendmentView left = amendments.mine(graduate.account(), submitted.id());
		if (left.status() == AmendmentStatus.SUBMITTED) {
			amendments.decide(school, left.id(), AmendmentDecision.REJECT, "测试结束", left.version());
		}
	}

	@Test
	void onTheReviewPageTheSchoolAcceptsTheOriginPlaceAndRejectsTheEthnicityAndTheStudentSeesWhy() throws Exception {
		MockHttpSession reviewer = AmendmentTestData.login(mvc, school.username());
		mvc.perform(get("/amendments/{id}", submitted.id()).session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"outcome[ORIGIN_PLACE]\"")))
			.andExpect(content().string(containsString("name=\"reason[ETHNICITY]\"")));

		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("byField", "true")
			.param("outcome[ORIGIN_PLACE]", "ACCEPTED")
			.param("reason[ORIGIN_PLACE]", "")
			.param("outcome[ETHNICITY]", "REJECTED")
			.param("reason[ETHNICITY]", ETHNICITY_REASON)
			.param("comment", "")
			.param("version", String.valueOf(submitted.version()))
			.session(reviewer)
			.with(csrf()))
			.andExpect(redirectedUrl("/amendments"))
			.andExpect(flash().attribute("flashSuccess", "已通过，学籍库已更正"));

		Map<String, Object> record = jdbc.sql("select ethnic_code, origin_place_code from registry_record where id = :id")
			.param("id", graduate.registryRecordId())
			.query()
			.singleRow();
		assertThat(record).containsEntry("origin_place_code", AmendmentTestData.CLAIMED_ORIGIN_PLACE)
			.containsEntry("ethnic_code", AmendmentTestData.REGISTRY_ETHNICITY);
		// the registry's history keeps the old 生源地 only, with the request's id
		assertThat(jdbc.sql("select old_values::text from registry_record_history where amendment_id = :id")
			.param("id", submitted.id())
			.query(String.class)
			.single()).contains("origin_place_code", AmendmentTestData.REGISTRY_ORIGIN_PLACE).doesNotContain("ethnic_code");

		AmendmentView decided = amendments.mine(graduate.account(), submitted.id());
		assertThat(decided.status()).isEqualTo(AmendmentStatus.APPROVED);
		assertThat(decided.fields()).extracting(AmendmentView.FieldView::field, AmendmentView.FieldView::outcome,
				AmendmentView.FieldView::reason)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(KeyField.ETHNICITY, FieldOutcome.REJECTED,
					ETHNICITY_REASON), org.assertj.core.groups.Tuple.tuple(KeyField.ORIGIN_PLACE, FieldOutcome.ACCEPTED, null));

		MockHttpSession student = AmendmentTestData.login(mvc, graduate.account().username());
		mvc.perform(get("/verification/amendments").session(student))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ETHNICITY_REASON)))
			.andExpect(content().string(containsString("不采纳")));
		mvc.perform(get("/api/v1/me/amendments").session(student))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requests[0].fields[?(@.field == 'ETHNICITY')].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.requests[0].fields[?(@.field == 'ETHNICITY')].reason").value(ETHNICITY_REASON))
			.andExpect(jsonPath("$.requests[0].fields[?(@.field == 'ORIGIN_PLACE')].outcome").value("ACCEPTED"));
	}

	@Test
	void aRejectedFieldWithoutAReasonIsShownAtTheFieldWithEverythingTypedKept() throws Exception {
		MockHttpSession reviewer = AmendmentTestData.login(mvc, school.username());

		String html = mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("byField", "true")
			.param("outcome[ORIGIN_PLACE]", "ACCEPTED")
			.param("reason[ORIGIN_PLACE]", "户籍证明清楚")
			.param("outcome[ETHNICITY]", "REJECTED")
			.param("reason[ETHNICITY]", " ")
			.param("comment", "请看各字段意见")
			.param("version", String.valueOf(submitted.version()))
			.session(reviewer)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不采纳时请填写理由")))
			.andExpect(content().string(containsString("户籍证明清楚")))
			.andExpect(content().string(containsString("请看各字段意见")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(input(html, "accept-ORIGIN_PLACE")).contains("checked");
		assertThat(input(html, "reject-ETHNICITY")).contains("checked");
		assertThat(input(html, "reject-ORIGIN_PLACE")).doesNotContain("checked");
		// the error is at the 民族 field, not the 生源地 one
		assertThat(fieldBlock(html, "ETHNICITY")).contains("field-error", "不采纳时请填写理由");
		assertThat(fieldBlock(html, "ORIGIN_PLACE")).doesNotContain("field-error");
		assertThat(amendments.mine(graduate.account(), submitted.id()).status()).isEqualTo(AmendmentStatus.SUBMITTED);

		// a field left undecided is said at that field
		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("byField", "true")
			.param("outcome[ETHNICITY]", "ACCEPTED")
			.param("version", String.valueOf(submitted.version()))
			.session(reviewer)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择采纳或不采纳")));
	}

	@Test
	void theApiTakesOneDecisionPerFieldAndAnswersProblemsPerField() throws Exception {
		String token = token(school.username());
		String url = "/api/v1/amendments/" + submitted.id() + "/decision";
		mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "fields": [{"field": "ORIGIN_PLACE", "outcome": "REJECTED", "reason": "不清晰"},
					                           {"field": "ETHNICITY", "outcome": "REJECTED"}]}""".formatted(submitted.version())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("fields[ETHNICITY].reason"))
			.andExpect(jsonPath("$.errors[0].code").value("amendment.field.reasonRequired"))
			.andExpect(jsonPath("$.errors[0].message").value("不采纳时请填写理由"));
		mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "decision": "APPROVE",
					 "fields": [{"field": "ORIGIN_PLACE", "outcome": "ACCEPTED"}]}""".formatted(submitted.version())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));

		mvc.perform(post(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "fields": [{"field": "ORIGIN_PLACE", "outcome": "REJECTED", "reason": "不是入学前的户籍"},
					                           {"field": "ETHNICITY", "outcome": "REJECTED", "reason": "%s"}]}"""
				.formatted(submitted.version(), ETHNICITY_REASON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.status").value("REJECTED"))
			.andExpect(jsonPath("$.request.revisions[0].fields[?(@.field == 'ETHNICITY')].reason").value(ETHNICITY_REASON));
		assertThat(jdbc.sql("select origin_place_code from registry_record where id = :id")
			.param("id", graduate.registryRecordId())
			.query(String.class)
			.single()).isEqualTo(AmendmentTestData.REGISTRY_ORIGIN_PLACE);

		// the student sees why on the page, edits and submits again: a fresh decision is needed
		MockHttpSession student = AmendmentTestData.login(mvc, graduate.account().username());
		mvc.perform(get("/verification/amendments").session(student))
			.andExpect(content().string(containsString("不是入学前的户籍")))
			.andExpect(content().string(containsString(ETHNICITY_REASON)));
		AmendmentView resubmitted = amendments.submit(graduate.account(), submitted.id(),
				amendments.mine(graduate.account(), submitted.id()).version());
		assertThat(resubmitted.fields()).extracting(AmendmentView.FieldView::outcome).containsOnlyNulls();
		mvc.perform(get("/amendments/{id}", submitted.id()).session(AmendmentTestData.login(mvc, school.username())))
			.andExpect(content().string(not(containsString("checked"))));
	}

	@Test
	void twoReviewersCannotBothWin() {
		SignedInAccount other = data.staff(Role.SCHOOL_REVIEWER, null);
		List<FieldDecision> acceptOrigin = List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
				FieldDecision.reject(KeyField.ETHNICITY, ETHNICITY_REASON));
		amendments.decideFields(school, submitted.id(), acceptOrigin, null, submitted.version());

		assertThatThrownBy(() -> amendments.decideFields(other, submitted.id(),
				List.of(FieldDecision.reject(KeyField.ORIGIN_PLACE, "不清晰"), FieldDecision.reject(KeyField.ETHNICITY, "不清晰")),
				null, submitted.version()))
			.isInstanceOf(ConflictException.class);
		assertThat(amendments.mine(graduate.account(), submitted.id()).decidedBy()).isEqualTo(school.username());
	}

	@Test
	void theOpenApiDocumentNamesThePerFieldDecision() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").session(AmendmentTestData.login(mvc, school.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> required = JsonPath.read(doc, "$.components.schemas.AmendmentFieldDecision.required");
		assertThat(required).containsExactlyInAnyOrder("field", "outcome");
		Map<String, Object> fields = JsonPath.read(doc, "$.components.schemas.AmendmentDecisionRequest.properties.fields");
		assertThat(fields).containsEntry("type", "array");
		Map<String, Object> outcome = JsonPath.read(doc, "$.components.schemas.AmendmentField.properties.outcome");
		assertThat(outcome).containsKey("description");
		assertThat(doc).contains("e.g. fields[ETHNICITY].reason", "the school's reason for its decision on this field",
				"one decision per claimed field, instead of decision");
	}

	private static String input(String html, String id) {
		Matcher matcher = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(matcher.find()).as("input #" + id).isTrue();
		return matcher.group();
	}

	/** The decision block of one field on the review page, up to the next field's. */
	private static String fieldBlock(String html, String field) {
		String decisions = html.substring(0, html.indexOf("</fieldset>"));
		return Arrays.stream(decisions.split("class=\"field amendment-field-decision"))
			.skip(1)
			.filter(block -> block.substring(0, Math.min(block.length(), 80)).contains("data-field=\"" + field + "\""))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no decision block for " + field));
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + AmendmentTestData.PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}
}
