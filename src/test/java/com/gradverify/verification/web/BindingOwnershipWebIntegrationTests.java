package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.PersonalData;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.SuspectBinding;
import com.gradverify.verification.SuspectBindings;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Binding belongs to the account on the pages (PC and phone share them) and the API, and the
 * administrator's 绑定核查 page that releases a held record, with who may reach it.
 */
@IntegrationTest
class BindingOwnershipWebIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	SuspectBindings suspects;

	@Autowired
	AuditTrail audit;

	MockMvc mvc;

	Graduates graduates;

	Graduate owner;

	Graduate classmate;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		owner = graduates.graduate(college);
		classmate = graduates.graduate(college);
	}

	@Test
	void theBindingPageAnswersAClassmatesDataLikeATypo() throws Exception {
		mvc.perform(bindingPage(classmate, owner, "bind"))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/binding"))
			.andExpect(model().attribute("outcome", BindingOutcome.NO_MATCH))
			.andExpect(content().string(Matchers.containsString("id=\"binding-no-match\"")));

		assertThat(verification.view(classmate.account()).bound()).isFalse();
		assertThat(failedAttempts(classmate)).isEqualTo(1);
		assertThat(suspectedMisuse(classmate)).isTrue();

		mvc.perform(bindingPage(owner, owner, "bind")).andExpect(redirectedUrl("/verification"));
		assertThat(verification.view(owner.account()).bound()).isTrue();
	}

	@Test
	void theApiAnswersAClassmatesDataLikeATypo() throws Exception {
		mvc.perform(as(classmate, post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s", "idCard": "%s", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(owner.name(), owner.idCard(), Graduates.YEAR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NO_MATCH"));

		assertThat(failedAttempts(classmate)).isEqualTo(1);
		assertThat(suspectedMisuse(classmate)).isTrue();
		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.BOUND);
	}

	@Test
	void fillingInByHandWithAnotherGraduatesIdCardIsAFieldError() throws Exception {
		mvc.perform(bindingPage(classmate, owner, "manual"))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/binding"))
			.andExpect(model().attributeHasFieldErrorCode("binding", "idCard", "binding.idCard.notAccounts"))
			.andExpect(content().string(Matchers.containsString("身份证号须与您账户登记的一致")))
			.andExpect(content().string(Matchers.containsString("value=\"manual\"")))
			.andExpect(content().string(Matchers.containsString(owner.name())));

		assertThat(verification.view(classmate.account()).form().getIdCard()).isNull();
	}

	@Test
	void anAdministratorReleasesAHeldRecordAndTheOwnerThenBinds() throws Exception {
		long hijacked = graduates.hijack(classmate, owner);
		mvc.perform(bindingPage(owner, owner, "bind"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("outcome", BindingOutcome.RECORD_TAKEN))
			.andExpect(content().string(Matchers.containsString("管理员核实并解除该绑定后")));
		SuspectBinding held = suspects.open().stream().filter(s -> s.applicationId() == hijacked).findFirst().orElseThrow();
		SignedInAccount admin = graduates.reviewer(Role.ADMIN, null);

		mvc.perform(get("/admin/bindings").with(authentication(SignedInAuthentication.of(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("suspect-" + held.id())))
			.andExpect(content().string(Matchers.containsString(owner.account().username())))
			.andExpect(content().string(Matchers.containsString(PersonalData.maskIdCard(owner.idCard()))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(owner.idCard()))))
			.andExpect(content().string(Matchers.containsString("/admin/bindings\"")));

		mvc.perform(release(admin, held.id(), " "))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/suspect-bindings"))
			.andExpect(model().attribute("reasonError", "NotBlank"))
			.andExpect(content().string(Matchers.containsString("此项为必填项")));
		mvc.perform(release(admin, held.id(), "经核实为冒用同学身份信息绑定"))
			.andExpect(redirectedUrl("/admin/bindings"))
			.andExpect(flash().attributeExists("flashSuccess"));

		mvc.perform(bindingPage(owner, owner, "bind")).andExpect(redirectedUrl("/verification"));
		assertThat(verification.view(owner.account()).bound()).isTrue();
		assertThat(verification.view(classmate.account()).bound()).isFalse();
	}

	@Test
	void onlyAdministratorsReachTheBindingReview() throws Exception {
		long hijacked = graduates.hijack(classmate, owner);
		binding.bind(owner.account(), Graduates.bindingRequest(owner));
		long caseId = suspects.open().stream().filter(s -> s.applicationId() == hijacked).findFirst().orElseThrow().id();

		mvc.perform(get("/admin/bindings")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/bindings/{id}/release", caseId).param("reason", "越权测试").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		long college = graduates.college();
		for (SignedInAccount account : List.of(owner.account(), graduates.reviewer(Role.COLLEGE_REVIEWER, college),
				graduates.reviewer(Role.SCHOOL_REVIEWER, null))) {
			mvc.perform(get("/admin/bindings").with(authentication(SignedInAuthentication.of(account))))
				.andExpect(status().isForbidden());
			mvc.perform(release(account, caseId, "越权测试")).andExpect(status().isForbidden());
		}
		assertThat(suspects.open()).anyMatch(s -> s.id() == caseId);
		assertThat(verification.view(classmate.account()).bound()).isTrue();
	}

	/** The binding page's form as {@code student} posts it with {@code whose} 姓名 and 身份证号. */
	private MockHttpServletRequestBuilder bindingPage(Graduate student, Graduate whose, String action) {
		return post("/verification/binding").param("name", whose.name())
			.param("idCard", whose.idCard())
			.param("educationCode", "31")
			.param("graduationYear", String.valueOf(Graduates.YEAR))
			.param("mobile", "13800138000")
			.param("action", action)
			.with(authentication(SignedInAuthentication.of(student.account())))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder release(SignedInAccount account, long caseId, String reason) {
		return post("/admin/bindings/{id}/release", caseId).param("reason", reason)
			.with(authentication(SignedInAuthentication.of(account)))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder as(Graduate graduate, MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(graduate.account()))).with(csrf());
	}

	private int failedAttempts(Graduate graduate) {
		return jdbc.sql("select count(*) from binding_attempt where account_id = :id and not succeeded")
			.param("id", graduate.account().id())
			.query(Integer.class)
			.single();
	}

	private boolean suspectedMisuse(Graduate graduate) {
		String applicationId = String.valueOf(verification.view(graduate.account()).applicationId());
		return audit.of("verification", applicationId)
			.stream()
			.anyMatch(e -> e.action().equals("verification.bindingSuspectedMisuse"));
	}
}
