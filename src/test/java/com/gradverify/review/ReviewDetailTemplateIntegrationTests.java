package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.gradverify.audit.AuditTrail.AuditEntry;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.ReviewDetail.Comparison;
import com.gradverify.review.ReviewDetail.Row;
import com.gradverify.review.ReviewDetail.Text;
import com.gradverify.review.ReviewDetail.Tone;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * One template renders every kind's {@link ReviewDetail}, and the API's {@link ReviewDocument} is
 * made from the same detail: shown here for a kind that exists in this test only.
 */
@IntegrationTest
class ReviewDetailTemplateIntegrationTests {

	@Autowired
	SpringTemplateEngine templates;

	/** A kind the review module has never heard of, built from the generic types alone. */
	static class TestKind implements ReviewableKind {

		static final EvidenceFile PHOTO = new EvidenceFile(21, 1, "image/jpeg", 100, "户口本-20261203-ab12cd.jpg",
				"test", Instant.now(), true);

		static final EvidenceFile LETTER = new EvidenceFile(22, 1, "application/pdf", 100, "证明-20261203-cd34ef.pdf",
				"test", Instant.now(), true);

		@Override
		public String kind() {
			// any kind with a review.kind.<KIND> message; the detail's content is this test's own
			return "AGREEMENT";
		}

		@Override
		public Optional<ReviewTarget> target(long id) {
			return Optional.of(new ReviewTarget(kind(), id, 7L, ReviewLevel.COLLEGE, 3));
		}

		@Override
		public void apply(long id, ReviewLevel level, Decision decision) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ReviewDetail detail(long id) {
			var compared = new ReviewDetail.Section("identity", Text.of("section.identity"), List.of(
					new Row("name", Text.of("field.name"), "张三", null, "张三", null, Comparison.MATCH),
					new Row("ethnicCode", Text.of("field.ethnicCode"), "02", "蒙古族", "01", "汉族", Comparison.MISMATCH),
					new Row("examineeNo", Text.of("field.examineeNo"), "26430101000001", null, null, null,
							Comparison.NOT_COMPARED),
					new Row("className", Text.of("field.className"), "计科2202", null, "计科2201", null,
							Comparison.CHANGED),
					Row.of("hukouTransferred", Text.of("field.hukouTransferred"), "true", null)));
			var applicant = new ReviewDetail.Section("applicant", Text.of("agreement.review.applicant"),
					List.of(Row.of("mobile", Text.of("agreement.review.mobile"), "13800000000", null)));
			return new ReviewDetail("张三", "2022001", "SUBMITTED", Text.of("review.status.SUBMITTED"),
					Instant.parse("2026-12-01T08:00:00Z"),
					List.of(new ReviewDetail.Mark("MISMATCH", 1, Tone.DANGER, Text.of("review.badge.mismatch", 1)),
							new ReviewDetail.Mark("UNBOUND", null, Tone.WARN, Text.of("review.badge.unbound"))),
					List.of(new ReviewDetail.Note(Tone.DANGER, Text.of("review.compare.registryChanged")),
							new ReviewDetail.Note(Tone.INFO, Text.of("review.compare.unbound"))),
					List.of(new ReviewDetail.Link("print-link", Text.of("print.open"), "/somewhere/" + id)),
					Text.of("review.compare.registry"), applicant, List.of(compared),
					List.of(new ReviewDetail.Evidence("test-evidence", Text.of("review.evidence"),
							List.of(PHOTO, LETTER))));
		}

		@Override
		public List<Moved> moveUndecided(Map<Long, Long> collegeByAccount) {
			return List.of();
		}
	}

	private final TestKind kind = new TestKind();

	@Test
	void rendersTheTitleMarksNotesLinksSectionsRowsAndEvidenceOfAnyKind() {
		String html = render(kind.detail(5)).replaceAll("\\s+", " ");

		assertThat(html).contains("id=\"review-agreement\"", "张三", "2022001", "协议申请",
				"<span class=\"badge info\" id=\"review-status\">待学院审核</span>");
		assertThat(html).contains("<span class=\"badge danger\" data-mark=\"MISMATCH\">不匹配 1</span>",
				"<span class=\"badge warn\" data-mark=\"UNBOUND\">未绑定学籍</span>",
				"<p class=\"alert-error\">学籍库数据在提交后已被更正，比对结果已更新。</p>",
				"<p class=\"hint\">该申请未绑定学籍，无学籍库数据可比对。</p>",
				"id=\"print-link\" href=\"/somewhere/5\">打印生源信息确认表</a>");
		// the applicant's rows are never compared; the sections' rows are, against the named reference
		String applicant = between(html, "id=\"section-applicant\"", "id=\"section-identity\"");
		assertThat(applicant).contains("<h2>申请人</h2>", "<td>手机</td> <td>13800000000</td>")
			.doesNotContain("<thead>", "学籍库");
		String identity = between(html, "id=\"section-identity\"", "id=\"test-evidence\"");
		assertThat(identity).contains("<h2>身份信息</h2>", "<th>学生填写</th> <th>学籍库</th> <th>比对</th>");
		assertThat(row(identity, "name")).contains("row-match", "<span class=\"mark match\">一致</span>");
		assertThat(row(identity, "ethnicCode")).contains("row-mismatch", "<td>蒙古族（02）</td> <td>汉族（01）</td>",
				"<span class=\"mark mismatch\">不匹配</span>");
		assertThat(row(identity, "examineeNo")).contains("row-not_compared", "<span class=\"mark not_compared\">未比对</span>");
		assertThat(row(identity, "className")).contains("row-changed", "<td>计科2202</td> <td>计科2201</td>",
				"<span class=\"mark changed\">已修改</span>");
		assertThat(row(identity, "hukouTransferred")).contains("<td>是</td>").doesNotContain("class=\"mark");
		String evidence = html.substring(html.indexOf("id=\"test-evidence\""));
		assertThat(evidence).contains("<h2>户籍证明</h2>", "<img src=\"/evidence/21\"", "href=\"/evidence/22\"",
				"PDF 文件");
		// every label came from the bundles
		assertThat(html).doesNotContain("??");
	}

	@Test
	void withoutAReferenceTheRowsShowTheirValuesAloneAndAnEmptyDetailRendersToo() {
		ReviewDetail full = kind.detail(5);
		ReviewDetail plain = new ReviewDetail(full.title(), null, full.status(), full.statusText(), null, List.of(),
				List.of(), List.of(), null, null, full.sections(), List.of());

		String html = render(plain).replaceAll("\\s+", " ");

		assertThat(html).doesNotContain("<thead>", "学籍库", "class=\"mark", "review-marks", "section-applicant",
				"print-link", "??");
		String ethnicity = row(html, "ethnicCode");
		assertThat(ethnicity).contains("<td>民族</td> <td>蒙古族（02）</td>").doesNotContain("汉族");
		assertThat(ethnicity.split("<td", -1)).hasSize(3);
	}

	@Test
	void theApiDocumentCarriesTheSameMarksFieldsApplicantAndEvidence() {
		ReviewTarget target = kind.target(5).orElseThrow();
		var decision = new ReviewRecord(ReviewLevel.COLLEGE, Decision.REJECT, "请补充", "审核员",
				Instant.parse("2026-12-02T08:00:00Z"), List.of("className"));
		var entry = new AuditEntry(Instant.parse("2026-12-01T08:00:00Z"), "2022001", "verification.submitted", Map.of());

		ReviewDocument document = ReviewDocument.of(new ReviewedItem(target, kind.detail(5), List.of(decision),
				List.of(entry)));

		assertThat(document.kind()).isEqualTo("AGREEMENT");
		assertThat(document.id()).isEqualTo(5);
		assertThat(document.version()).isEqualTo(3);
		assertThat(document.status()).isEqualTo("SUBMITTED");
		assertThat(document.submittedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
		assertThat(document.marks()).containsExactly(new ReviewDocument.Mark("MISMATCH", 1),
				new ReviewDocument.Mark("UNBOUND", null));
		assertThat(document.fields()).extracting(ReviewDocument.Field::name)
			.containsExactly("name", "ethnicCode", "examineeNo", "className", "hukouTransferred");
		assertThat(document.fields().get(1)).isEqualTo(
				new ReviewDocument.Field("identity", "ethnicCode", "02", "蒙古族", "01", "汉族", "MISMATCH"));
		assertThat(document.fields().get(4).comparison()).isNull();
		assertThat(document.applicant()).containsExactly(
				new ReviewDocument.Field("applicant", "mobile", "13800000000", null, null, null, null));
		assertThat(document.evidence()).containsExactly(
				new ReviewDocument.Evidence("test-evidence", 21, "image/jpeg", "户口本-20261203-ab12cd.jpg"),
				new ReviewDocument.Evidence("test-evidence", 22, "application/pdf", "证明-20261203-cd34ef.pdf"));
		assertThat(document.decisions()).containsExactly(decision);
		assertThat(document.history()).singleElement()
			.satisfies(h -> assertThat(h.action()).isEqualTo("verification.submitted"));
	}

	private String render(ReviewDetail detail) {
		var request = new MockHttpServletRequest("GET", "/reviews");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		return templates.process("review-test/detail",
				new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, Map.of("detail", detail, "kind", kind.kind())));
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		int end = html.indexOf(to, start);
		assertThat(end).as(to).isPositive();
		return html.substring(start, end);
	}

	private static String row(String html, String name) {
		int at = html.indexOf("data-field=\"" + name + "\"");
		assertThat(at).as(name).isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}
}
