package com.gradverify.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The 届 (graduation years) staff lists are filtered by: which exist, and which one a list shows when
 * nobody chose: the latest 届 with open work (something waiting for a review), or else the latest
 * imported 届. Modules tell what they know through {@link Source} beans (the registry the imported
 * 届, modules with reviewable items their open work), so no module reads another's tables for it.
 */
@Component
public class GraduationYears {

	/** The request parameter every list and export takes. */
	public static final String PARAMETER = "graduationYear";

	public static final int MIN = 2000;

	public static final int MAX = 2100;

	/** What the API documents for the parameter. */
	public static final String DESCRIPTION = "届 (graduation year, " + MIN + "–" + MAX + "). Default: the latest 届 "
			+ "with open work (an application or request waiting for a review), else the latest imported 届. "
			+ "Anything else is a 400 problem with errors[field=graduationYear].";

	private final List<Source> sources;

	GraduationYears(List<Source> sources) {
		this.sources = List.copyOf(sources);
	}

	/** The 届 that exist, the latest first. */
	public List<Integer> available() {
		var years = new TreeSet<Integer>(Comparator.reverseOrder());
		sources.forEach(source -> years.addAll(source.years()));
		return List.copyOf(years);
	}

	/** The latest 届 with open work, else the latest that exists; empty when there is none at all. */
	public Optional<Integer> defaultYear() {
		Optional<Integer> open = sources.stream()
			.flatMap(source -> source.yearsWithOpenWork().stream())
			.max(Comparator.naturalOrder());
		return open.isPresent() ? open : available().stream().findFirst();
	}

	/**
	 * The 届 a list shows for the request's {@code graduationYear}: the default when it is blank.
	 *
	 * @throws RuleViolationException on field {@code graduationYear} for anything but a year between
	 * {@value #MIN} and {@value #MAX}
	 */
	public Choice choose(String requested) {
		Integer year = requested == null || requested.isBlank() ? defaultYear().orElse(null)
				: Integer.valueOf(parse(requested));
		List<Integer> years = new ArrayList<>(available());
		if (year != null && !years.contains(year)) {
			years.add(year);
			years.sort(Comparator.reverseOrder());
		}
		return new Choice(year, List.copyOf(years));
	}

	/** A 届 typed by a user or a client; see {@link #choose}. */
	public static int parse(String requested) {
		String value = requested.strip();
		if (value.length() != 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw invalid();
		}
		int year = Integer.parseInt(value);
		if (year < MIN || year > MAX) {
			throw invalid();
		}
		return year;
	}

	private static RuleViolationException invalid() {
		return new InvalidGraduationYearException();
	}

	/**
	 * The 届 a list shows ({@code year}, null only when no 届 exists yet: nothing to filter) and the ones
	 * its selector offers, the latest first.
	 */
	public record Choice(Integer year, List<Integer> available) {
	}

	/** What one module knows of the 届. */
	public interface Source {

		/** The 届 of which there are records (the registry: every imported 届). */
		default Set<Integer> years() {
			return Set.of();
		}

		/** The 届 with something waiting for a reviewer. */
		default Set<Integer> yearsWithOpenWork() {
			return Set.of();
		}
	}

	/** A {@code graduationYear} that is no year: 400, on the API as a problem with the field. */
	public static class InvalidGraduationYearException extends RuleViolationException {

		public InvalidGraduationYearException() {
			super(PARAMETER, "graduationYear.invalid");
		}
	}
}
