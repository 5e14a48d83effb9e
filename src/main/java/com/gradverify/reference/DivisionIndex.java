package com.gradverify.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.gradverify.reference.ReferenceData.Division;

/**
 * All divisions in memory (about 45,000; they change once a year with a new migration), with the
 * lookups the cascading selects and the 生源地 naming need.
 */
final class DivisionIndex {

	private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

	private static final Comparator<Division> BY_CODE = Comparator.comparing(Division::code);

	private final Map<String, Division> byCode = new HashMap<>();

	private final Map<String, List<Division>> byParent = new HashMap<>();

	private final List<Division> provinces = new ArrayList<>();

	DivisionIndex(Iterable<Division> divisions) {
		for (Division division : divisions) {
			byCode.put(division.code(), division);
			if (division.parentCode() == null) {
				provinces.add(division);
			}
			else {
				byParent.computeIfAbsent(division.parentCode(), parent -> new ArrayList<>()).add(division);
			}
		}
		provinces.sort(BY_CODE);
		byParent.values().forEach(children -> children.sort(BY_CODE));
	}

	static boolean isMunicipality(String provinceCode) {
		return MUNICIPALITIES.contains(provinceCode);
	}

	/**
	 * The statistical pseudo-cities that only group county-level units: 市辖区, 县 and (in older lists)
	 * 市 of the municipalities, 省直辖县级行政区划 and its older spellings (省直辖县级行政单位, 省直辖行政单位,
	 * 自治区直辖县级行政单位). Nobody lives "in" one of them.
	 */
	static boolean isGrouping(Division division) {
		String name = division.name();
		return division.level() == 2
				&& (name.equals("市辖区") || name.equals("县") || name.equals("市") || name.contains("直辖"));
	}

	int size() {
		return byCode.size();
	}

	/** The county-level divisions (level 3). */
	List<Division> countyLevelUnits() {
		return byCode.values().stream().filter(division -> division.level() == 3).toList();
	}

	/** A division by code; 620200, a city without counties written as GB/T 2260 does, is its sole unit. */
	Optional<Division> find(String code) {
		return Optional.ofNullable(byCode.get(code))
			.or(() -> soleUnitOfCity(code).map(unit -> new Division(code, unit.name(), unit.parentCode(), 3)));
	}

	/**
	 * What a cascading select offers under {@code parentCode} ({@code null}: the provinces). Grouping
	 * pseudo-cities are replaced by their members, so 北京市 offers its districts and 河南省 offers
	 * 济源市 next to its cities; asked directly, a pseudo-city still lists its members.
	 */
	List<Division> children(String parentCode) {
		if (parentCode == null) {
			return List.copyOf(provinces);
		}
		// 620200, a city without counties as GB/T 2260 writes it: what lies under its sole unit
		String parent = byCode.containsKey(parentCode) ? parentCode
				: soleUnitOfCity(parentCode).map(Division::code).orElse(parentCode);
		List<Division> children = new ArrayList<>();
		for (Division child : byParent.getOrDefault(parent, List.of())) {
			if (isGrouping(child)) {
				children.addAll(byParent.getOrDefault(child.code(), List.of()));
			}
			else {
				children.add(countyLevel(child));
			}
		}
		children.sort(BY_CODE);
		return List.copyOf(children);
	}

	/**
	 * The 生源地 name of a county-level division, or of a city without counties written with the city's
	 * own code as GB/T 2260 does (620200 嘉峪关市, whose only unit the statistical list calls 620201);
	 * empty for other levels and unknown codes.
	 */
	Optional<String> originPlaceName(String code) {
		return find(code).filter(unit -> unit.level() == 3).or(() -> soleUnitOfCity(code)).map(unit -> {
			Division city = byCode.get(unit.parentCode());
			Division province = byCode.get(city.parentCode());
			return OriginPlaceNames.name(province, city, unit);
		});
	}

	/**
	 * A city without counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202) as the county-level unit it
	 * is, written with the city's own code as GB/T 2260 and the registries write it (441900, 620200):
	 * a county-level select stops there, and a town-level one lists its towns next.
	 */
	private Division countyLevel(Division city) {
		if (city.level() != 2) {
			return city;
		}
		return soleUnitOfCity(city.code() + "00")
			.map(unit -> new Division(city.code() + "00", city.name(), city.parentCode(), 3))
			.orElse(city);
	}

	/** For a code XXXX00 of a city whose only county-level unit bears the city's name, that unit. */
	private Optional<Division> soleUnitOfCity(String code) {
		if (code.length() != 6 || !code.endsWith("00")) {
			return Optional.empty();
		}
		Division city = byCode.get(code.substring(0, 4));
		List<Division> units = city == null ? List.of() : byParent.getOrDefault(city.code(), List.of());
		return units.size() == 1 && units.get(0).name().equals(city.name()) ? Optional.of(units.get(0))
				: Optional.empty();
	}
}
