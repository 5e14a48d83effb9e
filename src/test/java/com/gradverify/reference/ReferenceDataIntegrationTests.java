package com.gradverify.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.reference.ReferenceData.Division;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The divisions and code tables as the migrations load them into PostgreSQL. */
@IntegrationTest
class ReferenceDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Test
	void loadsEveryDivisionOfEachLevel() {
		var counts = jdbc.sql("select level, count(*) from division group by level order by level")
			.query((rs, row) -> rs.getInt(1) + ":" + rs.getInt(2))
			.list();
		assertThat(counts).containsExactly("1:31", "2:342", "3:2978", "4:41352");
	}

	@Test
	void childrenComeFromTheRealTable() {
		assertThat(reference.children(null)).hasSize(31);
		assertThat(reference.children("43")).extracting(Division::name).startsWith("长沙市", "株洲市").hasSize(14);
		assertThat(reference.children("11")).extracting(Division::name).contains("海淀区").doesNotContain("市辖区");
		assertThat(reference.children("50")).hasSize(38).extracting(Division::level).containsOnly(3);
		assertThat(reference.children("41")).extracting(Division::name).contains("郑州市", "济源市")
			.doesNotContain("省直辖县级行政区划");
		assertThat(reference.children("430602")).extracting(Division::level).containsOnly(4).isNotEmpty();
	}

	@Test
	void namesOriginPlacesFromTheRealTable() {
		assertThat(reference.originPlaceName("430602")).contains("湖南省岳阳市岳阳楼区");
		assertThat(reference.originPlaceName("430621")).contains("湖南省岳阳县");
		assertThat(reference.originPlaceName("４３０６８１")).contains("湖南省汨罗市");
		assertThat(reference.originPlaceName("110108")).contains("北京市海淀区");
		assertThat(reference.originPlaceName("450102")).contains("广西南宁市兴宁区");
		assertThat(reference.originPlaceName("441900")).contains("广东省东莞市");
		assertThat(reference.originPlaceName("430671")).contains("湖南省岳阳市屈原管理区");
		assertThat(reference.originPlaceName("430600")).isEmpty();
	}

	@Test
	void namesRegistryCodesTheStatisticalListLacksButOffersOnlyCurrentDivisions() {
		assertThat(reference.originPlace("620200")).hasValueSatisfying(place -> {
			assertThat(place.name()).isEqualTo("甘肃省嘉峪关市");
			assertThat(place.historical()).isFalse();
		});
		assertThat(reference.originPlace("１１０２２８")).hasValueSatisfying(place -> {
			assertThat(place.code()).isEqualTo("110228");
			assertThat(place.name()).isEqualTo("北京市密云县");
			assertThat(place.historical()).isTrue();
			assertThat(place.successor()).isEqualTo(new ReferenceData.Successor("110118", "北京市密云区"));
		});
		assertThat(reference.originPlaceName("371202")).contains("山东省莱芜市莱城区");
		assertThat(reference.children("11")).extracting(Division::name).contains("密云区").doesNotContain("密云县");
		assertThat(reference.children("37")).extracting(Division::name).doesNotContain("莱芜市");
		assertThat(reference.divisionExists("110228")).isFalse();
	}

	/** Every county-level code gets a name without pseudo-cities or a doubled city. */
	@Test
	void everyCountyLevelDivisionHasAPlausibleName() {
		List<String> odd = new ArrayList<>();
		for (Division province : reference.children(null)) {
			String provinceName = OriginPlaceNames.provinceName(province);
			List<String> codes = jdbc.sql("select code from division where level = 3 and code like ?")
				.param(province.code() + "%")
				.query(String.class)
				.list();
			for (String code : codes) {
				String name = reference.originPlaceName(code).orElse("");
				Division unit = reference.division(code).orElseThrow();
				Division city = reference.division(unit.parentCode()).orElseThrow();
				boolean cityTwice = name.indexOf(city.name()) != name.lastIndexOf(city.name());
				if (!name.startsWith(provinceName) || !name.endsWith(unit.name().substring(unit.name().length() - 1))
						|| name.contains("市辖区") || name.contains("直辖") || cityTwice) {
					odd.add(code + " " + name);
				}
			}
		}
		assertThat(odd).isEmpty();
	}

	@Test
	void servesTheCodeTables() {
		assertThat(reference.entries(CodeTable.ETHNICITY)).hasSize(58)
			.first()
			.isEqualTo(new ReferenceData.CodeEntry("01", "汉族"));
		assertThat(reference.codeName(CodeTable.ETHNICITY, "56")).contains("基诺族");
		assertThat(reference.isValidCode(CodeTable.ETHNICITY, "1")).isFalse();
		assertThat(reference.codeName(CodeTable.POLITICAL_STATUS, "13")).contains("群众");
		assertThat(reference.codeName(CodeTable.EDUCATION_LEVEL, "31")).contains("本科毕业");
		assertThat(reference.entries(CodeTable.NORMAL_STUDENT)).extracting(ReferenceData.CodeEntry::code)
			.containsExactly("1", "12", "2");
		for (CodeTable table : CodeTable.values()) {
			assertThat(reference.entries(table)).as(table.name()).isNotEmpty();
		}
	}
}
