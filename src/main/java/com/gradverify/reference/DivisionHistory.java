package com.gradverify.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.reference.ReferenceData.Division;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.reference.ReferenceData.Successor;

/**
 * The county-level codes of GB/T 2260 since 1980 that the current list lacks but registries still
 * carry (from {@code reference/divisions/history.csv}, see its SOURCE.md): each
 * named by the 生源地 rules as it was, under the province and city of its last listing (北京市密云县,
 * 山东省莱芜市莱城区), with its successor where {@link Successions} finds one. Built once from the
 * 7,420 name periods, of which only the resulting places (about 3,300) are kept.
 */
final class DivisionHistory {

	private final Map<String, OriginPlace> places = new HashMap<>();

	DivisionHistory(List<NamePeriod> periods, DivisionIndex current) {
		Map<String, List<NamePeriod>> byCode = new HashMap<>();
		periods.forEach(p -> byCode.computeIfAbsent(p.code(), code -> new ArrayList<>()).add(p));
		var successions = new Successions(periods, current);
		byCode.forEach((code, names) -> {
			if (!names.get(0).isCountyLevel() || current.originPlaceName(code).isPresent()) {
				return;
			}
			names.stream()
				.filter(p -> !p.isGroupingRow())
				.max(Comparator.comparingInt(NamePeriod::last))
				.ifPresent(last -> name(last, byCode).ifPresent(name -> places.put(code,
						new OriginPlace(code, name, true, successor(last, successions, current)))));
		});
	}

	static DivisionHistory load(DivisionIndex current) {
		return new DivisionHistory(NamePeriod.readAll(), current);
	}

	Optional<OriginPlace> find(String code) {
		return Optional.ofNullable(places.get(code));
	}

	int size() {
		return places.size();
	}

	private static Successor successor(NamePeriod last, Successions successions, DivisionIndex current) {
		return successions.successor(last)
			.flatMap(code -> current.originPlaceName(code).map(name -> new Successor(code, name)))
			.orElse(null);
	}

	/** The 生源地 name of {@code unit} with the province and city the lists had when they last named it. */
	private static Optional<String> name(NamePeriod unit, Map<String, List<NamePeriod>> byCode) {
		Optional<NamePeriod> province = listedAt(byCode, unit.code().substring(0, 2) + "0000", unit.last());
		Optional<NamePeriod> city = listedAt(byCode, unit.code().substring(0, 4) + "00", unit.last());
		return province.map(p -> OriginPlaceNames.name(new Division(unit.code().substring(0, 2), p.name(), null, 1),
				city.map(c -> new Division(unit.code().substring(0, 4), c.name(), unit.code().substring(0, 2), 2))
					.orElse(null),
				new Division(unit.code(), unit.name(), unit.code().substring(0, 4), 3)));
	}

	private static Optional<NamePeriod> listedAt(Map<String, List<NamePeriod>> byCode, String code, int revision) {
		return byCode.getOrDefault(code, List.of()).stream().filter(p -> p.covers(revision)).findFirst();
	}
}
