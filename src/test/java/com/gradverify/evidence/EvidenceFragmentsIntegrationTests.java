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

		String html = render(model(List.of(photo, scan), null, null));

		assertThat(html).contains("action=\"/verification/evidence\"", "enctype=\"multipart/form-data\"",
				"accept=\"image/*\" capture=\"environment\"", "application/pdf", "name=\"field\" value=\"originPlace\"",
				"单个文件不超过 10 MB", "data-msg-failed=\"上传失败，请重试\"", "/js/evidence-upload.js", "role=\"progressbar\"");
		assertThat(html).contains("<img src=\"/evidence/11\"", "alt=\"户籍证明-20261129-ab12cd.jpg\"",
				"href=\"/evidence/12\"", "PDF 文件");
		assertThat(html).doesNotContain("<img src=\"/evidence/12\"");
		// the browser checks the server's limit before sending, and says it
		assertThat(html).contains("data-max-bytes=\"10485760\"", "data-msg-too-large=\"文件太大，单个文件不能超过 10 MB\"");
		// read-only thumbnails, and a plain upload form of its own
		assertThat(html).doesNotContain("data-evidence-remove", "form=\"", "formaction=");
	}

	@Test
	void carriesThePagesFormThroughAScriptlessUploadOrRemoval() {
		var photo = new EvidenceFile(11, 1, "image/jpeg", 100, "户籍证明-20261129-ab12cd.jpg", "origin-place",
				Instant.now(), false);
		String html = render(model(List.of(photo), "/verification/evidence", "verification-form")).replaceAll("\\s+", " ");

		assertThat(html).contains("data-carry=\"verification-form\"",
				"<input type=\"file\" class=\"visually-hidden\" name=\"file\" form=\"verification-form\"",
				"form=\"verification-form\" formaction=\"/verification/evidence\" formmethod=\"post\" formenctype=\"multipart/form-data\" formnovalidate",
				"form=\"verification-form\" formaction=\"/verification/evidence/11/delete\"",
				"data-evidence-remove=\"/verification/evidence/11/delete\"");
		// with a file, the "none yet" line waits hidden for the script to show it after a removal
		assertThat(html).contains("data-evidence-empty hidden=\"hidden\"");
	}

	@Test
	void removalWithoutACarriedFormIsAFormOfItsOwn() {
		var photo = new EvidenceFile(11, 1, "image/jpeg", 100, "佐证-20261129-ab12cd.jpg", "amendment", Instant.now(), false);
		String html = render(model(List.of(photo), "/verification/amendments/3/evidence", null)).replaceAll("\\s+", " ");
		assertThat(html).contains("<form action=\"/verification/amendments/3/evidence/11/delete\" method=\"post\" class=\"inline\">",
				"data-evidence-remove=\"/verification/amendments/3/evidence/11/delete\"");
	}

	@Test
	void saysSoWhenThereIsNoEvidenceYet() {
		assertThat(render(model(List.of(), null, null))).contains("尚未上传佐证材料").doesNotContain("data-evidence-empty hidden=");
	}

	private static Map<String, Object> model(List<EvidenceFile> files, String removeBase, String carry) {
		var model = new java.util.HashMap<String, Object>();
		model.put("maxMb", 10);
		model.put("maxBytes", 10L * 1024 * 1024);
		model.put("files", files);
		model.put("removeBase", removeBase);
		model.put("carry", carry);
		return model;
	}

	private String render(Map<String, Object> model) {
		var request = new MockHttpServletRequest("GET", "/verification");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		return templates.process("evidence-test/caller", new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, model));
	}
}
