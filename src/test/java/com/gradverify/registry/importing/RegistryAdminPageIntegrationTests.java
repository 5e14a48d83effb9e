package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The administrator's registry page: form errors next to the fields, PRG, report and errors CSV. */
@IntegrationTest
class RegistryAdminPageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	RegistryImports imports;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void showsTheFormWithTheTemplateLinksAndColumnRules() throws Exception {
		mvc.perform(get("/admin/registry").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/index"))
			.andExpect(content().string(containsString("/admin/registry/template.csv")))
			.andExpect(content().string(containsString("身份证号、姓名、学历代码、毕业时间、院系、学号")));
	}

	@Test
	void showsUploadProblemsNextToTheFieldsAndKeepsTheYear() throws Exception {
		var noHeaders = new MockMultipartFile("file", "x.csv", "text/csv", "姓名\n张三\n".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/admin/registry/imports").file(noHeaders).param("graduationYear", "20x5")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/index"))
			.andExpect(model().attributeHasFieldErrorCode("importForm", "file", "registry.file.missingHeaders"))
			.andExpect(model().attributeHasFieldErrorCode("importForm", "graduationYear", "registry.year.invalid"))
			.andExpect(content().string(containsString("value=\"20x5\"")));
	}

	@Test
	void redirectsToTheImportWhoseReportListsTheRejectedRows() throws Exception {
		var good = RegistryFiles.row(2018, 1);
		var bad = RegistryFiles.with(RegistryFiles.row(2018, 2), "学历代码", "99");
		var file = new MockMultipartFile("file", "2018.csv", "text/csv",
				RegistryFiles.csv(List.of(good, bad)).getBytes(StandardCharsets.UTF_8));

		String location = mvc.perform(multipart("/admin/registry/imports").file(file).param("graduationYear", "2018")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/registry/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (imports.status(id).orElseThrow().running()) {
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(100);
		}

		mvc.perform(get(location).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是对应代码表中的有效代码")))
			.andExpect(content().string(containsString("/js/registry-import.js")));
		mvc.perform(get(location + "/errors.csv").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3,学历代码,99,不是对应代码表中的有效代码")));
		mvc.perform(get(location + "/status").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"rejected\":1")));
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}
}
