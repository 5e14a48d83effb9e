package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.ApplicationStatus;
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

/** A 生源地 that differs from the registry needs a 户籍证明 before submission; bad files leave nothing attached. */
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

		mvc.perform(upload("photo-exif-gps.jpg")).andExpect(status().isNoContent());
		VerificationView withEvidence = verification.view(graduate.account());
		assertThat(withEvidence.originEvidenceId()).isNotNull();

		VerificationView submitted = verification.submit(graduate.account(), withEvidence.version());
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(jdbc.sql("select locked from evidence_file where id = :id")
			.param("id", withEvidence.originEvidenceId())
			.query(Boolean.class)
			.single()).isTrue();
		// the form is read-only now, and so is its evidence
		mvc.perform(upload("photo-exif-gps.jpg")).andExpect(status().isConflict());
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
