package com.gradverify.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What every list and export of the JSON API must do with a {@code graduationYear} that is no 届:
 * a 400 problem that names the field.
 */
public final class GraduationYearChecks {

	/** The 届 of the second graduation year in per-届 tests: no other test writes it. */
	public static final int OTHER_YEAR = 2021;

	private GraduationYearChecks() {
	}

	public static void refusesBadYears(MockMvc mvc, String path, RequestPostProcessor caller) throws Exception {
		for (String bad : List.of("abc", "1800", "20x7", "2101", "-2026")) {
			mvc.perform(get(path).param("graduationYear", bad).with(caller))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("graduationYear"))
				.andExpect(jsonPath("$.errors[0].code").value("graduationYear.invalid"))
				.andExpect(jsonPath("$.errors[0].message").value("届（毕业年份）应为 2000 至 2100 之间的四位年份"));
		}
	}
}
