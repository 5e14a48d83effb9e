package com.gradverify.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reading what staff pages and downloads say, for tests. */
public final class PageText {

	private static final Pattern NO_REVIEWER_NOTICE = Pattern.compile("id=\"colleges-without-reviewer\">(.*?)</p>",
			Pattern.DOTALL);

	private PageText() {
	}

	/** The text of the 无审核员 notice (colleges without a 学院审核 account), empty when the page has none. */
	public static String noReviewerNotice(String html) {
		var matcher = NO_REVIEWER_NOTICE.matcher(html);
		return matcher.find() ? matcher.group(1) : "";
	}

	/** A download (CSV) as text, after checking it was answered 200. */
	public static String downloaded(MockMvc mvc, String path, RequestPostProcessor caller) throws Exception {
		return mvc.perform(get(path).with(caller))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
