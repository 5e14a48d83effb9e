package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAuthentication;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A 生源地 that differs from the registry needs a 户籍证明 before submission; bad files leave nothing
 * attached; the student removes their own before submission, nobody else's, and nothing once submitted.
 */
@IntegrationTest
class OriginEvidenceUploadIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	EvidenceFiles evidence;

	MockMvc mvc;

	Graduate graduate;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		Graduates graduates = new Graduates(jdbc, binding, verification);
		graduate = graduates.graduate(graduates.college());
		var request = new BindingRequest();
		request.setName(graduate.name());
		request.setIdCard(graduate.idCard());
		request.setEducationCode("31");
		request.setGraduationYear(Graduates.YEAR);
		request.setMobile("13800138000");
		binding.bind(graduate.account(), request);
	}

	@Test
	void aChangedOriginPlaceIsSubmittedOnceItsCertificateIsUploaded() throws Exception {
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = completed(view.form());
		form.setOriginPlaceCode("430621");
		form.setPoliceStation("湖南省岳阳县荣家湾派出所");
		VerificationView saved = verification.saveDraft(graduate.account(), form, view.version());
		assertThat(saved.originEvidenceRequired()).isTrue();

		mvc.perform(upload("html-named.jpg"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("evidence.unsupportedType"));
		assertThat(verification.view(graduate.account()).originEvidenceId()).isNull();

		mvc.perform(upload("photo-exif-gps.jpg"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.image").value(true))
			.andExpect(jsonPath("$.replacesOthers").value(true));
		VerificationView withEvidence = verification.view(graduate.account());
		assertThat(withEvidence.originEvidenceId()).isNotNull();

		VerificationView submitted = verification.submit(graduate.account(), withEvidence.version());
		assertThat(submitted.status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(jdbc.sql("select locked from evidence_file where id = :id")
			.param("id", withEvidence.originEvidenceId())
			.query(Boolean.class)
			.single()).isTrue();
		// the form is read-only now, and so is its evidence: no upload, no removal, on the page or by a post
		mvc.perform(upload("photo-exif-gps.jpg")).andExpect(status().isConflict());
		mvc.perform(remove(graduate, withEvidence.originEvidenceId()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("verification.notEditable"));
		assertThat(verification.view(graduate.account()).originEvidenceId()).isEqualTo(withEvidence.originEvidenceId());
		mvc.perform(get("/verification").with(authentication(SignedInAuthentication.of(graduate.account()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-evidence-upload"))))
			.andExpect(content().string(not(containsString("data-evidence-remove"))));
	}

	@Test
	void theStudentRemovesTheirCertificateBeforeSubmissionButNotAnotherStudents() throws Exception {
		requireEvidence(graduate);
		String answer = mvc.perform(upload("photo-exif-gps.jpg"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		VerificationView uploaded = verification.view(graduate.account());
		long mine = uploaded.originEvidenceId();
		assertThat(answer).contains("/verification/origin-evidence/" + mine + "/delete")
			.contains("\"subjectVersion\":" + uploaded.version());

		Graduates graduates = new Graduates(jdbc, binding, verification);
		Graduate other = graduates.graduate(graduates.college());
		binding.bind(other.account(), Graduates.bindingRequest(other));
		mvc.perform(remove(other, mine))
			.andExpect(status().isNotFound());
		assertThat(verification.view(graduate.account()).originEvidenceId()).isEqualTo(mine);
		assertThat(fileExists(mine)).isTrue();

		// the page offers the removal, and the limit for the browser's own check
		mvc.perform(get("/verification").with(authentication(SignedInAuthentication.of(graduate.account()))))
			.andExpect(content().string(containsString("data-evidence-remove=\"/verification/origin-evidence/" + mine + "/delete\"")))
			.andExpect(content().string(containsString("data-max-bytes=\"" + evidence.maxSizeBytes() + "\"")))
			.andExpect(content().string(containsString("单个文件不能超过 " + evidence.maxSizeMegabytes() + " MB")));

		String removed = mvc.perform(remove(graduate, mine)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		VerificationView after = verification.view(graduate.account());
		assertThat(after.originEvidenceId()).isNull();
		// the page's form sends this version with its next 保存
		assertThat(removed).contains("\"subjectVersion\":" + after.version());
		assertThat(fileExists(mine)).isFalse();
	}

	@Test
	void aRemovalWithoutCsrfIsRefused() throws Exception {
		requireEvidence(graduate);
		mvc.perform(upload("photo-exif-gps.jpg")).andExpect(status().isCreated());
		long mine = verification.view(graduate.account()).originEvidenceId();
		mvc.perform(post("/verification/origin-evidence/" + mine + "/delete")
			.header("X-Requested-With", "XMLHttpRequest")
			.with(authentication(SignedInAuthentication.of(graduate.account()))))
			.andExpect(status().isForbidden());
		assertThat(verification.view(graduate.account()).originEvidenceId()).isEqualTo(mine);
	}

	@Test
	void anOversizeFileIsRefusedWithTheLimitAndLeavesNothing() throws Exception {
		requireEvidence(graduate);
		byte[] big = new byte[(int) evidence.maxSizeBytes() + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		mvc.perform(multipart("/verification/origin-evidence")
			.file(new MockMultipartFile("file", "big.jpg", "image/jpeg", big))
			.header("X-Requested-With", "XMLHttpRequest")
			.with(authentication(SignedInAuthentication.of(graduate.account())))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("evidence.tooLarge"))
			.andExpect(jsonPath("$.detail").value(containsString(evidence.maxSizeMegabytes() + " MB")));
		assertThat(verification.view(graduate.account()).originEvidenceId()).isNull();
	}

	@Test
	void withoutScriptTheUploadCarriesWhatWasTypedBackUnsaved() throws Exception {
		VerificationView view = requireEvidence(graduate);
		try (InputStream in = getClass().getResourceAsStream("/evidence/photo-exif-gps.jpg")) {
			mvc.perform(multipart("/verification/origin-evidence")
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", in.readAllBytes()))
				.param("version", Long.toString(view.version()))
				.param("archiveUnit", "还没保存的档案单位")
				.param("originPlaceCode", "430621")
				.with(authentication(SignedInAuthentication.of(graduate.account())))
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"还没保存的档案单位\"")))
				.andExpect(content().string(containsString("户籍证明已上传")));
		}
		VerificationView after = verification.view(graduate.account());
		assertThat(after.originEvidenceId()).isNotNull();
		// shown again, not saved: 保存 is still the student's choice
		assertThat(after.form().getArchiveUnit()).isEqualTo("湖南省岳阳市第一中学");
	}

	private VerificationView requireEvidence(Graduate student) {
		VerificationView view = verification.view(student.account());
		VerificationForm form = completed(view.form());
		form.setOriginPlaceCode("430621");
		form.setPoliceStation("湖南省岳阳县荣家湾派出所");
		return verification.saveDraft(student.account(), form, view.version());
	}

	private boolean fileExists(long id) {
		return jdbc.sql("select count(*) from evidence_file where id = :id").param("id", id).query(Integer.class)
			.single() > 0;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder remove(Graduate who,
			long evidenceId) {
		return post("/verification/origin-evidence/" + evidenceId + "/delete")
			.header("X-Requested-With", "XMLHttpRequest")
			.with(authentication(SignedInAuthentication.of(who.account())))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String name)
			throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/evidence/" + name)) {
			var builder = multipart("/verification/origin-evidence")
				.file(new MockMultipartFile("file", name, "image/jpeg", in.readAllBytes()));
			builder.header("X-Requested-With", "XMLHttpRequest")
				.with(authentication(SignedInAuthentication.of(graduate.account())))
				.with(csrf());
			return builder;
		}
	}

	private static VerificationForm completed(VerificationForm form) {
		form.setArchiveUnit("湖南省岳阳市第一中学");
		form.setHukouTransferred(false);
		form.setArchiveTransferred(false);
		form.setHomePhone("0730-8640000");
		form.setHomeDivisionCode("430602");
		form.setHomeAddressDetail("东茅岭路100号");
		form.setPostcode("414000");
		form.setEmail("student@example.com");
		return form;
	}
}
