package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A registry 生源地 code of a division since abolished (110228 密云县) is a valid 生源地: the form names it
 * as it was, says what it is now, and submits without a 户籍证明.
 */
@IntegrationTest
class HistoricalOriginPlaceIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	Graduates graduates;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
	}

	@Test
	void theFormNamesAHistoricalOriginPlaceAndItsSuccessorAndSubmitsIt() throws Exception {
		Graduate graduate = graduates.graduate(graduates.college());
		registryOriginPlace(graduate, "110228");

		// the station may be named after today's division
		var submitted = graduates.submitted(graduate, form -> form.setPoliceStation("北京市密云区鼓楼派出所"));

		assertThat(submitted.status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(submitted.form().getOriginPlaceCode()).isEqualTo("110228");
		assertThat(submitted.originEvidenceRequired()).isFalse();
		mvc.perform(get("/verification").with(authentication(SignedInAuthentication.of(graduate.account()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("北京市密云县")))
			.andExpect(content().string(containsString("该代码对应的区划已调整，现为 北京市密云区")));
	}

	@Test
	void aCurrentOriginPlaceHasNoAdjustmentNote() throws Exception {
		Graduate graduate = graduates.graduate(graduates.college());
		graduates.submitted(graduate);

		mvc.perform(get("/verification").with(authentication(SignedInAuthentication.of(graduate.account()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("湖南省岳阳市岳阳楼区")))
			.andExpect(content().string(not(containsString("该代码对应的区划已调整"))));
	}

	/** The registry record is the registry module's row; tests set it up directly, as {@link Graduates} does. */
	private void registryOriginPlace(Graduate graduate, String code) {
		jdbc.sql("update registry_record set origin_place_code = :code where id_card = :idCard")
			.param("code", code)
			.param("idCard", graduate.idCard())
			.update();
	}
}
