package com.gradverify.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceAccessPolicy;
import com.gradverify.evidence.EvidenceCorpusGenerator;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.evidence.TestAccounts;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Who may download evidence, through the real controllers, service, database and security filter
 * chain. The controllers are built here with a policy of the test's own (other modules contribute
 * theirs as beans) and, until the account module's SignedInAccount argument resolver is merged,
 * with a resolver that reads the signed-in principal the same way.
 */
@IntegrationTest
class EvidenceDownloadIntegrationTests {

	/** The test's stand-in for a module granting reviewers access: school reviewers read "amendment" evidence. */
	static final EvidenceAccessPolicy SCHOOL_REVIEWS_AMENDMENTS = (reader, file) -> reader.is(Role.SCHOOL_REVIEWER)
			&& file.purpose().equals("amendment");

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Filter springSecurityFilterChain;

	MockMvc mvc;

	SignedInAccount owner;

	EvidenceFile photo;

	EvidenceFile pdf;

	@BeforeEach
	void setUp() throws IOException {
		EvidenceDownloads downloads = new EvidenceDownloads(evidence, List.of(SCHOOL_REVIEWS_AMENDMENTS));
		mvc = MockMvcBuilders
			.standaloneSetup(new EvidencePageController(downloads), new EvidenceApiController(downloads))
			.setControllerAdvice(context.getBeansWithAnnotation(RestControllerAdvice.class).values().toArray())
			.setCustomArgumentResolvers(new SignedInPrincipal())
			.apply(springSecurity(springSecurityFilterChain))
			.build();
		owner = new TestAccounts(jdbc).student();
		photo = evidence.store(owner.id(), "amendment", "身份证 正面.png", corpus("scan-with-text-chunk.png"));
		pdf = evidence.store(owner.id(), "amendment", "户籍证明.pdf",
				new ByteArrayInputStream(EvidenceCorpusGenerator.uniquePdf()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/evidence/", "/api/v1/evidence/" })
	void theOwnerSeesAnImageInlineWithAStrictType(String path) throws Exception {
		mvc.perform(get(path + photo.id()).with(signedIn(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			// its own sandbox, not the pages' policy
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
			.andExpect(header().string("Content-Disposition",
					"inline; filename=\"evidence-" + photo.id() + ".png\"; filename*=UTF-8''"
							+ "%E8%BA%AB%E4%BB%BD%E8%AF%81%E6%AD%A3%E9%9D%A2" + photo.displayName().substring(5)))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")));
	}

	@Test
	void aPdfIsAlwaysAnAttachment() throws Exception {
		byte[] body = mvc.perform(get("/evidence/" + pdf.id()).with(signedIn(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"evidence-" + pdf.id() + ".pdf\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");
	}

	@Test
	void anotherStudentGetsNotFoundAsIfTheFileDidNotExist() throws Exception {
		SignedInAccount other = new TestAccounts(jdbc).student();

		mvc.perform(get("/evidence/" + photo.id()).with(signedIn(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evidence/" + photo.id()).with(signedIn(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("evidence.notFound"));
		mvc.perform(get("/api/v1/evidence/" + Long.MAX_VALUE).with(signedIn(other)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("evidence.notFound"));
	}

	@Test
	void aReaderSomePolicyGrantsMayDownload() throws Exception {
		SignedInAccount schoolReviewer = new TestAccounts(jdbc).staff(Role.SCHOOL_REVIEWER);
		SignedInAccount admin = new TestAccounts(jdbc).staff(Role.ADMIN);

		mvc.perform(get("/api/v1/evidence/" + pdf.id()).with(signedIn(schoolReviewer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/evidence/" + pdf.id()).with(signedIn(admin))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/evidence/", "/api/v1/evidence/" })
	void anonymousRequestsNeverReachTheFile(String path) throws Exception {
		ResultActions result = mvc.perform(get(path + photo.id()));
		int status = result.andReturn().getResponse().getStatus();
		assertThat(status).as("401 or a redirect to the login page").isIn(401, 302);
		var response = result.andReturn().getResponse();
		assertThat(String.valueOf(response.getContentType())).as("never the image itself").doesNotStartWith("image/");
		byte[] body = response.getContentAsByteArray();
		assertThat(body.length >= 2 && body[0] == (byte) 0xFF && body[1] == (byte) 0xD8).as("no JPEG bytes").isFalse();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(SignedInAccount account) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()))));
	}

	private static InputStream corpus(String name) {
		return EvidenceDownloadIntegrationTests.class.getResourceAsStream("/evidence/" + name);
	}

	/** Resolves the signed-in account from the authenticated principal, as the account module's resolver will. */
	static final class SignedInPrincipal implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == SignedInAccount.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return (SignedInAccount) authentication.getPrincipal();
		}
	}
}
