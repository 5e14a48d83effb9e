package com.gradverify.verification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.gradverify.verification.VerificationRequiredException;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API call refused by the verified gate is a 403 problem with code VERIFICATION_REQUIRED. */
class VerificationRequiredProblemsTests {

	@RestController
	static class GatedController {

		@GetMapping("/api/v1/gated")
		String gated() {
			throw new VerificationRequiredException();
		}
	}

	@Test
	void theGatesRefusalIsA403ProblemWithItsCode() throws Exception {
		var messages = new StaticMessageSource();
		messages.addMessage("verification.required.first", Locale.SIMPLIFIED_CHINESE, "请先完成实名认证");
		var mvc = MockMvcBuilders.standaloneSetup(new GatedController())
			.setControllerAdvice(new VerificationRequiredProblems(messages))
			.build();

		mvc.perform(get("/api/v1/gated").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("VERIFICATION_REQUIRED"))
			.andExpect(jsonPath("$.detail").value("请先完成实名认证"));
	}
}
