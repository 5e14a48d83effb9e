package com.gradverify.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.gradverify.reference.ReferenceData.Division;

/**
 * Which current division took over a historical one, as far as the published lists show it. The
 * lists name no successors, so one is inferred only where the evidence is unambiguous: Y follows X
 * when Y's name period begins within {@value #WINDOW} lists after X's ended, Y bears X's name or X's
 * name with another suffix (密云县 → 密云区, 荥阳县 → 荥阳市, also under the same code), lies in X's
 * province or in one created just then (重庆市 1997), and the pairing is the best on both sides: the
 * same name beats a changed suffix, and Y has no best predecessor of another name (承德县 follows
 * 承德县, not the 承德市 that ended with it). Followed to the current list, every path must end at the
 * same division. Divisions merged into others, split, or renamed beyond their suffix (莱城区 → 莱芜区)
 * have no successor here.
 */
final class Successions {

	/** Lists a successor may appear after its predecessor's last; the lists skip a year now and then. */
	private static final int WINDOW = 2;

	private static final String UNKNOWN = "";

	private final DivisionIndex current;

	/** Revision (YYYYMM) → its position among all revisions; current divisions new since then come after the last. */
	private final Map<Integer, Integer> positions = new HashMap<>();

	private final int newSince;

	private final Map<String, Integer> provinceFirst = new HashMap<>();

	private final Map<String, List<Unit>> byKey = new HashMap<>();

	private final Map<Unit, Set<String>> finals = new HashMap<>();

	Successions(List<NamePeriod> periods, DivisionIndex current) {
		this.current = current;
		Set<Integer> revisions = new TreeSet<>();
		periods.forEach(p -> {
			revisions.add(p.first());
			revisions.add(p.last());
		});
		revisions.forEach(r -> positions.put(r, positions.size()));
		newSince = positions.size();
		Map<String, Set<String>> historicalNames = new HashMap<>();
		for (NamePeriod period : periods) {
			if (period.code().endsWith("0000")) {
				provinceFirst.merge(period.code().substring(0, 2), positions.get(period.first()), Math::min);
			}
			if (period.isCountyLevel() && !period.isGroupingRow()) {
				add(new Unit(period.code(), period.name(), positions.get(period.first()), positions.get(period.last())));
				historicalNames.computeIfAbsent(period.code(), code -> new HashSet<>()).add(period.name());
			}
		}
		for (Division division : current.countyLevelUnits()) {
			if (!historicalNames.getOrDefault(division.code(), Set.of()).contains(division.name())) {
				add(new Unit(division.code(), division.name(), newSince, newSince));
			}
		}
	}

	/** The code of the current division that took over {@code period}'s, if the lists show one clearly. */
	Optional<String> successor(NamePeriod period) {
		Set<String> ends = finals(new Unit(period.code(), period.name(), positions.get(period.first()),
				positions.get(period.last())));
		return ends.size() == 1 && !ends.contains(UNKNOWN) ? Optional.of(ends.iterator().next()) : Optional.empty();
	}

	/** The current divisions every path of successors from {@code unit} ends at; {@link #UNKNOWN} where one breaks off. */
	private Set<String> finals(Unit unit) {
		Set<String> known = finals.get(unit);
		if (known != null) {
			return known;
		}
		Set<String> ends = new HashSet<>();
		Optional<Division> now = current.find(unit.code()).filter(d -> d.level() == 3);
		if (now.isPresent() && isStillListed(unit) && key(now.get().name()).equals(key(unit.name()))) {
			ends.add(unit.code());
		}
		else {
			List<Unit> next = accepted(unit);
			if (next.isEmpty()) {
				// still listed under its code, which now names it otherwise (桥东区 → 襄都区)
				ends.add(now.isPresent() && isStillListed(unit) ? unit.code() : UNKNOWN);
			}
			// successors begin after their predecessors end, so this recursion ends
			next.forEach(successor -> ends.addAll(finals(successor)));
		}
		finals.put(unit, ends);
		return ends;
	}

	/** Listed up to the end of the history (give or take a list that missed it): alive in 2019. */
	private boolean isStillListed(Unit unit) {
		return unit.last() + WINDOW >= newSince;
	}

	private List<Unit> accepted(Unit unit) {
		List<Unit> accepted = new ArrayList<>();
		for (Unit successor : best(unit, true)) {
			List<Unit> predecessors = best(successor, false);
			if (predecessors.contains(unit) && predecessors.stream().allMatch(p -> p.name().equals(unit.name()))) {
				accepted.add(successor);
			}
		}
		return accepted;
	}

	/** The successors ({@code forward}) or predecessors of {@code unit} with the best name match. */
	private List<Unit> best(Unit unit, boolean forward) {
		List<Unit> best = new ArrayList<>();
		int bestScore = 0;
		for (Unit other : byKey.getOrDefault(key(unit.name()), List.of())) {
			if (forward ? !follows(unit, other) : !follows(other, unit)) {
				continue;
			}
			int score = other.name().equals(unit.name()) ? 2 : 1;
			if (score > bestScore) {
				best.clear();
				bestScore = score;
			}
			if (score == bestScore) {
				best.add(other);
			}
		}
		return best;
	}

	private boolean follows(Unit before, Unit after) {
		if (after.first() <= before.last() || after.first() > before.last() + WINDOW) {
			return false;
		}
		String province = after.code().substring(0, 2);
		int created = provinceFirst.getOrDefault(province, -1);
		return province.equals(before.code().substring(0, 2))
				|| (created > before.last() && created <= before.last() + WINDOW);
	}

	private void add(Unit unit) {
		byKey.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
	}

	/** The name without a 县/市/区/旗 suffix, unless that leaves one character (南县 stays 南县). */
	private static String key(String name) {
		char last = name.charAt(name.length() - 1);
		boolean suffixed = name.length() > 1 && "县市区旗".indexOf(last) >= 0;
		String stem = suffixed ? name.substring(0, name.length() - 1) : name;
		return stem.length() >= 2 ? stem : name;
	}

	/** A name period with revisions as positions; {@code first == newSince} for divisions newer than the history. */
	private record Unit(String code, String name, int first, int last) {
	}
}
