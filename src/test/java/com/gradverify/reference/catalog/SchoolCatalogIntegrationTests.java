package com.gradverify.reference.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.MajorRef;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The school's catalog on PostgreSQL: import registration and the administrator's page. */
@IntegrationTest
class SchoolCatalogIntegrationTests {

	@Autowired
	SchoolCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	/** Unique per test: the database is shared by the whole test run. */
	String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void registerAllCreatesWhatIsNewAndIsIdempotent() {
		String physics = "物理学院" + tag;
		String maths = "数学学院" + tag;
		List<MajorRef> majors = List.of(new MajorRef("070201", "物理学" + tag, physics),
				new MajorRef("070101", "数学与应用数学" + tag, maths), new MajorRef("070101", "数学与应用数学" + tag, maths),
				new MajorRef("07020ｘ".replace('ｘ', '１'), "应用物理学" + tag, " " + physics + "　"),
				new MajorRef("070301", "化学" + tag, null));

		SchoolCatalog.Registered first = catalog.registerAll(List.of(physics, maths, "  "), majors);
		long colleges = count("college");
		long majorCount = count("major");
		SchoolCatalog.Registered again = catalog.registerAll(List.of(physics, maths), majors);

		assertThat(first.colleges()).containsExactlyInAnyOrder(physics, maths);
		assertThat(first.majors()).extracting(MajorRef::code, MajorRef::name, MajorRef::collegeName)
			.containsExactlyInAnyOrder(tuple("070201", "物理学" + tag, physics), tuple("070101", "数学与应用数学" + tag, maths),
					tuple("070201", "应用物理学" + tag, physics), tuple("070301", "化学" + tag, null));
		assertThat(again.colleges()).isEmpty();
		assertThat(again.majors()).isEmpty();

		assertThat(count("college")).isEqualTo(colleges);
		assertThat(count("major")).isEqualTo(majorCount);
		long physicsId = catalog.collegeByName(physics).orElseThrow().id();
		assertThat(jdbc.sql("select code || ' ' || name from major where college_id = ? order by code")
			.param(physicsId)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("070201 物理学" + tag, "070201 应用物理学" + tag);
		assertThat(jdbc.sql("select college_id is null from major where name = ?")
			.param("化学" + tag)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(catalog.colleges()).extracting(SchoolCatalog.College::name).contains(physics, maths);
		assertThat(catalog.college(physicsId)).map(SchoolCatalog.College::name).contains(physics);
	}

	@Test
	void registerAllRefusesMalformedMajorCodesBeforeWriting() {
		String college = "坏代码学院" + tag;
		assertThatThrownBy(() -> catalog.registerAll(List.of(college),
				List.of(new MajorRef("07020", "短代码" + tag, college))))
			.isInstanceOf(InvalidValueException.class);
		assertThat(catalog.collegeByName(college)).isEmpty();
	}

	@Test
	void adminAddsACollegeAndSeesItListed() throws Exception {
		String name = "外国语学院" + tag;
		mvc.perform(admin(post("/admin/catalog/colleges")).param("name", name))
			.andExpect(redirectedUrl("/admin/catalog"))
			.andExpect(flash().attribute("flashSuccess", "已添加学院：" + name));
		mvc.perform(admin(get("/admin/catalog")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
	}

	@Test
	void duplicateCollegeIsAFieldErrorWithTheTypedValueKept() throws Exception {
		String name = "文学院" + tag;
		mvc.perform(admin(post("/admin/catalog/colleges")).param("name", name));
		mvc.perform(admin(post("/admin/catalog/colleges")).param("name", name))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/catalog"))
			.andExpect(model().attributeHasFieldErrorCode("collegeForm", "name", "catalog.college.duplicate"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已有同名学院")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + name + "\"")));
	}

	@Test
	void renamesACollegeUnlessTheNameIsTaken() throws Exception {
		long history = catalog.collegeByName(addCollege("历史学院" + tag)).orElseThrow().id();
		addCollege("哲学院" + tag);
		mvc.perform(admin(post("/admin/catalog/colleges/rename")).param("collegeId", String.valueOf(history))
			.param("name", "哲学院" + tag))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("renameForm", "name", "catalog.college.duplicate"));
		mvc.perform(admin(post("/admin/catalog/colleges/rename")).param("collegeId", String.valueOf(history))
			.param("name", "历史文化学院" + tag))
			.andExpect(redirectedUrl("/admin/catalog"));
		assertThat(catalog.college(history)).map(SchoolCatalog.College::name).contains("历史文化学院" + tag);
		mvc.perform(admin(post("/admin/catalog/colleges/rename")).param("collegeId", "-1").param("name", "x" + tag))
			.andExpect(model().attributeHasFieldErrorCode("renameForm", "collegeId", "catalog.college.notFound"));
	}

	@Test
	void addsAMajorAndRejectsBadOrDuplicateOnes() throws Exception {
		long id = catalog.collegeByName(addCollege("计算机学院" + tag)).orElseThrow().id();
		mvc.perform(admin(post("/admin/catalog/majors")).param("code", "080901")
			.param("name", "计算机科学与技术" + tag)
			.param("collegeId", String.valueOf(id))).andExpect(redirectedUrl("/admin/catalog"));
		mvc.perform(admin(post("/admin/catalog/majors")).param("code", "080901")
			.param("name", "计算机科学与技术" + tag)
			.param("collegeId", String.valueOf(id)))
			.andExpect(model().attributeHasFieldErrorCode("majorForm", "code", "catalog.major.duplicate"));
		mvc.perform(admin(post("/admin/catalog/majors")).param("code", "08090").param("name", "").param("collegeId", ""))
			.andExpect(model().attributeHasFieldErrorCode("majorForm", "code", "catalog.major.codeFormat"))
			.andExpect(model().attributeHasFieldErrorCode("majorForm", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("majorForm", "collegeId", "NotNull"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("专业代码应按专业目录填写")));
	}

	@Test
	void addsMajorsWithTheCataloguesSuffixesAndGraduateDisciplineCodes() throws Exception {
		long id = catalog.collegeByName(addCollege("经济与管理学院" + tag)).orElseThrow().id();
		for (String[] major : new String[][] { { "120203K", "会计学" }, { "080910ｔ", "数据科学与大数据技术" },
				{ "1202", "工商管理" }, { "0812Z1", "网络空间安全与保密" } }) {
			mvc.perform(admin(post("/admin/catalog/majors")).param("code", major[0])
				.param("name", major[1] + tag)
				.param("collegeId", String.valueOf(id))).andExpect(redirectedUrl("/admin/catalog"));
		}
		assertThat(jdbc.sql("select code from major where college_id = :id order by code").param("id", id)
			.query(String.class).list()).containsExactly("080910T", "0812Z1", "1202", "120203K");
		mvc.perform(admin(post("/admin/catalog/majors")).param("code", "1202033K").param("name", "会计学" + tag)
			.param("collegeId", String.valueOf(id)))
			.andExpect(model().attributeHasFieldErrorCode("majorForm", "code", "catalog.major.codeFormat"));
	}

	private String addCollege(String name) throws Exception {
		mvc.perform(admin(post("/admin/catalog/colleges")).param("name", name)).andExpect(redirectedUrl("/admin/catalog"));
		return name;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}
}
