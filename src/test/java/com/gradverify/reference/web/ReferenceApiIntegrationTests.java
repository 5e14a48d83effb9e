package com.gradverify.reference.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The reference API on the real tables, through the application's security filters. */
@IntegrationTest
class ReferenceApiIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void listsProvincesWithoutParent() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/divisions")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(31))
			.andExpect(jsonPath("$[0].code").value("11"))
			.andExpect(jsonPath("$[0].name").value("北京市"))
			.andExpect(jsonPath("$[0].level").value(1));
	}

	@Test
	void listsChildrenOfAParent() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/divisions").param("parent", "43")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(14))
			.andExpect(jsonPath("$[5].code").value("4306"))
			.andExpect(jsonPath("$[5].name").value("岳阳市"))
			.andExpect(jsonPath("$[5].level").value(2));
		mvc.perform(signedIn(get("/api/v1/reference/divisions").param("parent", "11")))
			.andExpect(jsonPath("$[0].name").value("东城区"))
			.andExpect(jsonPath("$[0].level").value(3));
	}

	@Test
	void unknownParentIsNotFoundAndMalformedIsBadRequest() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/divisions").param("parent", "99")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("division.notFound"));
		mvc.perform(signedIn(get("/api/v1/reference/divisions").param("parent", "4a")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("division.parent.format"));
	}

	@Test
	void namesAnOriginPlace() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/430621")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("430621"))
			.andExpect(jsonPath("$.name").value("湖南省岳阳县"));
	}

	@Test
	void namesHistoricalOriginPlacesAsTheyWereWithTheirSuccessorWhereClear() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/110228")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("北京市密云县"))
			.andExpect(jsonPath("$.historical").value(true))
			.andExpect(jsonPath("$.successor.code").value("110118"))
			.andExpect(jsonPath("$.successor.name").value("北京市密云区"));
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/371202")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("山东省莱芜市莱城区"))
			.andExpect(jsonPath("$.historical").value(true))
			.andExpect(jsonPath("$.successor").isEmpty());
	}

	@Test
	void namesACityWithoutCountiesByItsOwnCode() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/620200")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("甘肃省嘉峪关市"))
			.andExpect(jsonPath("$.historical").value(false))
			.andExpect(jsonPath("$.successor").isEmpty());
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/430621")))
			.andExpect(jsonPath("$.historical").value(false));
	}

	@Test
	void citiesWithCountiesAreNoOriginPlace() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/430600")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("originPlace.notFound"));
	}

	@Test
	void unknownOriginPlaceIsA404Problem() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/origin-places/999999")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("originPlace.notFound"))
			.andExpect(jsonPath("$.detail").value("没有这个生源地代码"));
	}

	@Test
	void malformedOriginPlaceIsA400Problem() throws Exception {
		for (String code : new String[] { "43062", "4306210", "43062x", "43" }) {
			mvc.perform(signedIn(get("/api/v1/reference/origin-places/" + code)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("originPlace.format"));
		}
	}

	@Test
	void servesCodeTablesCaseInsensitively() throws Exception {
		mvc.perform(signedIn(get("/api/v1/reference/codes/ethnicity")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(58))
			.andExpect(jsonPath("$[0].code").value("01"))
			.andExpect(jsonPath("$[0].name").value("汉族"))
			.andExpect(jsonPath("$[57].code").value("98"));
		mvc.perform(signedIn(get("/api/v1/reference/codes/NO_SUCH_TABLE")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("codeTable.notFound"));
	}

	@Test
	void isDocumentedInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("school").roles("SCHOOL_REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/reference/origin-places/{code}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reference/divisions'].get.parameters[0].name").value("parent"));
	}

	private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user("student").roles("STUDENT"));
	}
}
