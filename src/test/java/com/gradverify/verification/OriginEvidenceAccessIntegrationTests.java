package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reviewers see and open an application's 户籍证明 exactly when they may review the application:
 * the school and the application's own college, nobody else.
 */
@IntegrationTest
class OriginEvidenceAccessIntegrationTests {

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Test
	void theSchoolAndTheOwnCollegeSeeAndOpenTheEvidenceOthersDoNot() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long collegeA = graduates.college();
		long collegeB = graduates.college();
		Graduate graduate = graduates.graduate(collegeA);
		long applicationId = graduates.submitted(graduate).applicationId();
		EvidenceFile file = evidence.store(graduate.account().id(), "origin-place", "hukou.png",
				new ByteArrayInputStream(png()));
		// the student's upload on the form is the verification page's job; attach it as that would
		jdbc.sql("update verification_application set origin_evidence_id = :file where id = :id")
			.param("file", file.id())
			.param("id", applicationId)
			.update();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();

		for (SignedInAccount entitled : new SignedInAccount[] { graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA),
				graduates.reviewer(Role.SCHOOL_REVIEWER, null) }) {
			String detail = mvc.perform(get("/reviews/VERIFICATION/{id}", applicationId).with(as(entitled)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(detail).contains("src=\"/evidence/" + file.id() + "\"");
			assertThat(mvc.perform(get("/evidence/{id}", file.id()).with(as(entitled))).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
		}
		for (SignedInAccount other : new SignedInAccount[] { graduates.reviewer(Role.COLLEGE_REVIEWER, collegeB),
				graduates.reviewer(Role.ADMIN, null), graduates.graduate(collegeA).account() }) {
			var response = mvc.perform(get("/evidence/{id}", file.id()).with(as(other))).andReturn().getResponse();
			assertThat(response.getStatus()).as(other.role().name()).isIn(403, 404);
			assertThat(response.getContentAsByteArray()).isNotEqualTo(png());
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}

	private static byte[] png() throws Exception {
		var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
