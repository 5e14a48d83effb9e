package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentTestData.Graduate;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The student's 申请异动 tab, the school's review pages and evidence downloads, signed in through the login form. */
@IntegrationTest
class AmendmentWebIntegrationTests {

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

	MockHttpSession studentSession;

	@BeforeEach
	void setUp() throws Exception {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		graduate = data.graduateWithEthnicityMismatch();
		studentSession = AmendmentTestData.login(mvc, graduate.account().username());
	}

	@Test
	void theStudentFilesARequestOnTheTab() throws Exception {
		mvc.perform(get("/verification").session(studentSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/verification/amendments\"")));
		mvc.perform(get("/verification/amendments").session(studentSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"fields\" value=\"ETHNICITY\"")))
			.andExpect(content().string(not(containsString("value=\"NAME\""))));

		mvc.perform(post("/verification/amendments").param("fields", "NAME").session(studentSession).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("姓名：该字段与学籍库一致或未比对")));
		mvc.perform(post("/verification/amendments").param("fields", "ETHNICITY").session(studentSession).with(csrf()))
			.andExpect(redirectedUrl("/verification/amendments"));
		long id = amendments.mine(graduate.account()).get(0).id();

		mvc.perform(multipart("/verification/amendments/{id}/evidence", id).file(png("身份证.png"))
			.param("field", "ETHNICITY")
			.header("X-Requested-With", "XMLHttpRequest")
			.session(studentSession)
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.displayName").exists());
		mvc.perform(multipart("/verification/amendments/{id}/evidence", id)
			.file(new MockMultipartFile("file", "伪装.jpg", "image/jpeg", "<html><script>x</script>".getBytes()))
			.param("field", "ETHNICITY")
			.header("X-Requested-With", "XMLHttpRequest")
			.session(studentSession)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("JPG")));
		mvc.perform(multipart("/verification/amendments/{id}/evidence", id).file(png("户籍证明.png"))
			.param("field", "ETHNICITY")
			.session(studentSession)
			.with(csrf())).andExpect(redirectedUrl("/verification/amendments"))
			.andExpect(flash().attribute("flashSuccess", "佐证材料已上传"));

		AmendmentView draft = amendments.mine(graduate.account(), id);
		assertThatEvidenceCount(draft, 2);
		EvidenceFile second = draft.fields().get(0).evidence().get(1);
		mvc.perform(post("/verification/amendments/{id}/evidence/{e}/delete", id, second.id()).session(studentSession)
			.with(csrf())).andExpect(redirectedUrl("/verification/amendments"));
		mvc.perform(get("/verification/amendments").session(studentSession))
			.andExpect(content().string(containsString("汉族（01）")))
			.andExpect(content().string(containsString("回族（03）")))
			.andExpect(content().string(containsString("草稿")))
			.andExpect(content().string(containsString("capture=\"environment\"")))
			// a draft shows its editable sections only, not the read-only table as well
			.andExpect(content().string(not(containsString("amendment-fields"))));

		mvc.perform(post("/verification/amendments/{id}/submit", id)
			.param("version", String.valueOf(amendments.mine(graduate.account(), id).version()))
			.session(studentSession)
			.with(csrf())).andExpect(redirectedUrl("/verification/amendments"));

		EvidenceFile kept = amendments.mine(graduate.account(), id).fields().get(0).evidence().get(0);
		mvc.perform(get("/verification/amendments").session(studentSession))
			.andExpect(content().string(containsString("待学校审核")))
			.andExpect(content().string(containsString("amendment-fields")))
			.andExpect(content().string(containsString("src=\"/evidence/" + kept.id() + "\"")))
			.andExpect(content().string(not(containsString("capture=\"environment\""))))
			.andExpect(content().string(not(containsString("/delete"))));
		// a crafted post after submission changes nothing
		mvc.perform(post("/verification/amendments/{id}/evidence/{e}/delete", id, kept.id()).session(studentSession)
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("不能再修改")));
		assertThatEvidenceCount(amendments.mine(graduate.account(), id), 1);
	}

	@Test
	void amendmentEvidenceIsReadByItsOwnerAndEntitledReviewersOnly() throws Exception {
		AmendmentView draft = amendments.create(graduate.account(), List.of(KeyField.ETHNICITY));
		EvidenceFile file = amendments.attachEvidence(graduate.account(), draft.id(), KeyField.ETHNICITY, "a.png",
				AmendmentServiceIntegrationTests.photo());
		SignedInAccount school = data.staff(Role.SCHOOL_REVIEWER, null);
		SignedInAccount college = data.staff(Role.COLLEGE_REVIEWER, graduate.collegeId());
		SignedInAccount otherCollege = data.staff(Role.COLLEGE_REVIEWER, data.boundGraduate().collegeId());
		SignedInAccount otherStudent = data.boundGraduate().account();
		String url = "/evidence/" + file.id();

		mvc.perform(get(url).session(studentSession)).andExpect(status().isOk());
		// a draft's files are the student's alone
		mvc.perform(get(url).session(login(school))).andExpect(status().isNotFound());

		amendments.submit(graduate.account(), draft.id(), amendments.mine(graduate.account(), draft.id()).version());

		mvc.perform(get(url).session(login(school))).andExpect(status().isOk());
		mvc.perform(get("/api/v1" + url).session(login(college))).andExpect(status().isOk());
		mvc.perform(get(url).session(login(otherCollege))).andExpect(status().isNotFound());
		mvc.perform(get(url).session(login(otherStudent))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1" + url).session(login(otherStudent))).andExpect(status().isNotFound());
	}

	@Test
	void theSchoolDecidesOnItsPagesWithAStaleVersionCaught() throws Exception {
		AmendmentView submitted = submitted();
		MockHttpSession school = login(data.staff(Role.SCHOOL_REVIEWER, null));
		assertThat(ethnicityMark()).isEqualTo("mark mismatch");

		mvc.perform(get("/amendments").session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + submitted.id() + "\"")))
			.andExpect(content().string(containsString("href=\"/amendments\"")));
		mvc.perform(get("/amendments/{id}", submitted.id()).session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("汉族（01）")))
			.andExpect(content().string(containsString("回族（03）")))
			.andExpect(content().string(containsString("value=\"APPROVE\"")));

		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("decision", "REJECT")
			.param("comment", "")
			.param("version", String.valueOf(submitted.version()))
			.session(school)
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("驳回时请填写审核意见")));
		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("decision", "REJECT")
			.param("comment", "请补充户籍证明")
			.param("version", String.valueOf(submitted.version() - 1))
			.session(school)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该申请已被他人修改或审核")))
			.andExpect(content().string(containsString("请补充户籍证明")));
		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("decision", "APPROVE")
			.param("version", String.valueOf(submitted.version()))
			.session(school)
			.with(csrf())).andExpect(redirectedUrl("/amendments"));

		mvc.perform(get("/verification/amendments").session(studentSession))
			.andExpect(content().string(containsString("已通过，学籍库已更正")));
		assertThat(ethnicityMark()).isEqualTo("mark match");
	}

	/** The class of the 民族 mark on the student's verification page. */
	private String ethnicityMark() throws Exception {
		String html = mvc.perform(get("/verification").session(studentSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var mark = java.util.regex.Pattern.compile("<span class=\"([^\"]*)\"[^>]*\s+data-mark-for=\"ethnicCode\"")
			.matcher(html);
		assertThat(mark.find()).as("民族 has a mark").isTrue();
		return mark.group(1);
	}

	@Test
	void eachSideStaysOnItsOwnPages() throws Exception {
		AmendmentView submitted = submitted();
		MockHttpSession school = login(data.staff(Role.SCHOOL_REVIEWER, null));
		MockHttpSession other = login(data.boundGraduate().account());

		mvc.perform(get("/amendments").session(studentSession)).andExpect(status().isForbidden());
		mvc.perform(get("/amendments/{id}", submitted.id()).session(studentSession)).andExpect(status().isForbidden());
		mvc.perform(get("/verification/amendments").session(school)).andExpect(status().isForbidden());
		mvc.perform(post("/verification/amendments/{id}/submit", submitted.id()).param("version", "0")
			.session(other)
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void anAbsurdPageNumberInTheQueueShowsAPageNotAnError() throws Exception {
		AmendmentView submitted = submitted();
		MockHttpSession school = login(data.staff(Role.SCHOOL_REVIEWER, null));

		mvc.perform(get("/amendments").param("page", "999999999").session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-id=\"" + submitted.id() + "\""))));
		mvc.perform(get("/amendments").param("page", "-5").session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + submitted.id() + "\"")));
	}

	@Test
	void theSchoolIsToldWhenTheRequestsBindingEndedAndKeepsItsComment() throws Exception {
		AmendmentView submitted = submitted();
		MockHttpSession school = login(data.staff(Role.SCHOOL_REVIEWER, null));
		jdbc.sql("update verification_application set registry_record_id = null where account_id = :id")
			.param("id", graduate.account().id())
			.update();

		mvc.perform(post("/amendments/{id}/decision", submitted.id()).param("decision", "APPROVE")
			.param("comment", "材料齐全，同意更正")
			.param("version", String.valueOf(submitted.version()))
			.session(school)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已不再绑定此学籍库记录，不能通过此异动申请")))
			.andExpect(content().string(containsString("材料齐全，同意更正")))
			.andExpect(content().string(containsString("value=\"APPROVE\"")));
		assertThat(amendments.mine(graduate.account(), submitted.id()).status()).isEqualTo(AmendmentStatus.SUBMITTED);
	}

	@Test
	void aClosedRequestSaysWhyOnBothSides() throws Exception {
		AmendmentView submitted = submitted();
		MockHttpSession school = login(data.staff(Role.SCHOOL_REVIEWER, null));

		binding.continueUnbound(graduate.account(), AmendmentTestData.bindingRequest(graduate));

		mvc.perform(get("/verification/amendments").session(studentSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已关闭")))
			.andExpect(content().string(containsString("学籍库绑定已更改，申请异动已关闭")));
		mvc.perform(get("/amendments").param("status", "CLOSED").session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + submitted.id() + "\"")));
		mvc.perform(get("/amendments/{id}", submitted.id()).session(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学籍库绑定已更改，申请异动已关闭")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	private AmendmentView submitted() {
		return AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ETHNICITY);
	}

	private MockHttpSession login(SignedInAccount account) throws Exception {
		return AmendmentTestData.login(mvc, account.username());
	}

	private static MockMultipartFile png(String name) throws Exception {
		return new MockMultipartFile("file", name, "image/png", AmendmentServiceIntegrationTests.photo().readAllBytes());
	}

	private static void assertThatEvidenceCount(AmendmentView view, int count) {
		assertThat(view.fields().get(0).evidence()).hasSize(count);
	}
}
