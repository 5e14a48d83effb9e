package com.gradverify.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.review.ReviewService;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The scan of a signed agreement on the 协议 page: uploaded and removed in place by the script or
 * with the typed form carried through without it; the graduate's own draft only, never once submitted.
 */
@IntegrationTest
class AgreementScanIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Autowired
	AgreementService agreements;

	@Autowired
	EvidenceFiles evidence;

	MockMvc mvc;

	AgreementFixtures fixtures;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
	}

	@Test
	void theGraduateUploadsAndRemovesTheirScanInPlaceButNotAnotherGraduates() throws Exception {
		SignedInAccount graduate = fixtures.verified().account();
		AgreementView draft = agreements.create(graduate, AgreementFixtures.completeForm());

		MockHttpServletResponse uploaded = as(graduate, scriptUpload(draft.id(), AgreementFixtures.scanBytes()));
		assertThat(uploaded.getStatus()).isEqualTo(201);
		AgreementView withScan = agreements.application(graduate, draft.id());
		long scan = withScan.scan().id();
		assertThat(uploaded.getContentAsString()).contains("/agreements/" + draft.id() + "/scan/" + scan + "/delete")
			.contains("\"subjectVersion\":" + withScan.version());
		assertThat(as(graduate, get("/agreements")).getContentAsString())
			.contains("data-max-bytes=\"" + evidence.maxSizeBytes() + "\"")
			.contains("data-evidence-remove=\"/agreements/" + draft.id() + "/scan/" + scan + "/delete\"");

		SignedInAccount other = fixtures.verified().account();
		agreements.create(other, AgreementFixtures.completeForm());
		assertThat(as(other, scriptRemove(draft.id(), scan)).getStatus()).isEqualTo(404);
		assertThat(as(other, scriptUpload(draft.id(), AgreementFixtures.scanBytes())).getStatus()).isEqualTo(404);
		assertThat(agreements.application(graduate, draft.id()).scan().id()).isEqualTo(scan);

		MockHttpServletResponse removed = as(graduate, scriptRemove(draft.id(), scan));
		assertThat(removed.getStatus()).isEqualTo(200);
		AgreementView without = agreements.application(graduate, draft.id());
		assertThat(without.scan()).isNull();
		assertThat(removed.getContentAsString()).contains("\"subjectVersion\":" + without.version());
		assertThat(evidence.find(scan)).isEmpty();
	}

	@Test
	void withoutScriptTheUploadShowsThePageAgainWithWhatWasTyped() throws Exception {
		SignedInAccount graduate = fixtures.verified().account();
		AgreementView draft = agreements.create(graduate, AgreementFixtures.completeForm());

		MockHttpServletResponse page = as(graduate, multipart("/agreements/" + draft.id() + "/scan")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.file(new MockMultipartFile("file", "scan.png", "image/png", AgreementFixtures.scanBytes()))
			.param("version", Long.toString(draft.version()))
			.param("employerName", "还没保存的单位名称"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("value=\"还没保存的单位名称\"").contains("已上传");
		AgreementView after = agreements.application(graduate, draft.id());
		assertThat(after.scan()).isNotNull();
		assertThat(after.form().getEmployerName()).isEqualTo(AgreementFixtures.completeForm().getEmployerName());
	}

	@Test
	void aSubmittedAgreementTakesNoUploadAndKeepsItsScan() throws Exception {
		SignedInAccount graduate = fixtures.verified().account();
		AgreementView draft = agreements.create(graduate, AgreementFixtures.completeForm());
		AgreementView withScan = agreements.attachEvidence(graduate, draft.id(), "scan.png", AgreementFixtures.scan());
		agreements.submit(graduate, draft.id(), withScan.version());
		long scan = withScan.scan().id();

		assertThat(as(graduate, scriptRemove(draft.id(), scan)).getStatus()).isEqualTo(409);
		assertThat(as(graduate, scriptUpload(draft.id(), AgreementFixtures.scanBytes())).getStatus()).isEqualTo(409);
		assertThat(agreements.application(graduate, draft.id()).scan().id()).isEqualTo(scan);
		assertThat(as(graduate, get("/agreements")).getContentAsString()).doesNotContain("data-evidence-upload")
			.doesNotContain("data-evidence-remove");
	}

	@Test
	void anOversizeScanIsRefusedWithTheLimit() throws Exception {
		SignedInAccount graduate = fixtures.verified().account();
		AgreementView draft = agreements.create(graduate, AgreementFixtures.completeForm());
		MockHttpServletResponse refused = as(graduate, scriptUpload(draft.id(), new byte[(int) evidence.maxSizeBytes() + 1]));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("evidence.tooLarge").contains(evidence.maxSizeMegabytes() + " MB");
		assertThat(agreements.application(graduate, draft.id()).scan()).isNull();
	}

	private static AbstractMockHttpServletRequestBuilder<?> scriptUpload(long id, byte[] bytes) {
		return multipart("/agreements/" + id + "/scan").file(new MockMultipartFile("file", "scan.png", "image/png", bytes))
			.header("X-Requested-With", "XMLHttpRequest");
	}

	private static AbstractMockHttpServletRequestBuilder<?> scriptRemove(long id, long scan) {
		return post("/agreements/" + id + "/scan/" + scan + "/delete").header("X-Requested-With", "XMLHttpRequest");
	}

	private MockHttpServletResponse as(SignedInAccount account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}
}
