package com.gradverify.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The upload control and thumbnails as a calling page renders them (test template evidence-test/caller). */
@IntegrationTest
class EvidenceFragmentsIntegrationTests {

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void rendersAPhoneFriendlyUploadControlAndThumbnails() {
		var photo = new EvidenceFile(11, 1, "image/jpeg", 100, "户籍证明-20261129-ab12cd.jpg", "origin-place",
				Instant.now(), false);
		var scan = new EvidenceFile(12, 1, "application/pdf", 100, "佐证材料-20261129-cd34ef.pdf", "origin-place",
				Instant.now(), true);

		String html = render(Map.of("maxMb", 10, "files", List.of(photo, scan)));

		assertThat(html).contains("action=\"/verification/evidence\"", "enctype=\"multipart/form-data\"",
				"accept=\"image/*\" capture=\"environment\"", "application/pdf", "name=\"field\" value=\"originPlace\"",
				"单个文件不超过 10 MB", "data-msg-failed=\"上传失败，请重试\"", "/js/evidence-upload.js", "role=\"progressbar\"");
		assertThat(html).contains("<img src=\"/evidence/11\"", "alt=\"户籍证明-20261129-ab12cd.jpg\"",
				"href=\"/evidence/12\"", "PDF 文件");
		assertThat(html).doesNotContain("<img src=\"/evidence/12\"");
	}

	@Test
	void saysSoWhenThereIsNoEvidenceYet() {
		assertThat(render(Map.of("maxMb", 10, "files", List.of()))).contains("尚未上传佐证材料");
	}

	private String render(Map<String, Object> model) {
		var request = new MockHttpServletRequest("GET", "/verification");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		return templates.process("evidence-test/caller", new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, model));
	}
}
