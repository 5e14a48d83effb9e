package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.gradverify.shared.GraduationYears.Choice;
import com.gradverify.shared.GraduationYears.InvalidGraduationYearException;

/** Which 届 a list shows: the one asked for, else the latest with open work, else the latest imported. */
class GraduationYearsTests {

	@Test
	void defaultsToTheLatestYearWithOpenWorkEvenWhenALaterOneWasImported() {
		var years = new GraduationYears(List.of(imported(2026, 2027, 2028), open(2026, 2027), open(2026)));

		assertThat(years.choose(null)).isEqualTo(new Choice(2027, List.of(2028, 2027, 2026)));
		assertThat(years.choose("  ")).isEqualTo(new Choice(2027, List.of(2028, 2027, 2026)));
	}

	@Test
	void fallsBackToTheLatestImportedYearWhenNothingIsOpen() {
		var years = new GraduationYears(List.of(imported(2027, 2028), open()));

		assertThat(years.choose(null).year()).isEqualTo(2028);
	}

	@Test
	void withoutAnyYearNothingIsFiltered() {
		var years = new GraduationYears(List.of(open()));

		assertThat(years.choose(null)).isEqualTo(new Choice(null, List.of()));
	}

	@Test
	void aChosenYearIsShownEvenWithoutRecordsAndTheSelectorOffersIt() {
		var years = new GraduationYears(List.of(imported(2027), open(2027)));

		assertThat(years.choose("2028")).isEqualTo(new Choice(2028, List.of(2028, 2027)));
		assertThat(years.choose(" 2027 ")).isEqualTo(new Choice(2027, List.of(2027)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1800", "1999", "2101", "20x7", "-2026", "02027", "２０２７", "2027.0" })
	void anythingButAYearIsRefusedOnTheField(String bad) {
		var years = new GraduationYears(List.of(imported(2027)));

		assertThatThrownBy(() -> years.choose(bad)).isInstanceOfSatisfying(InvalidGraduationYearException.class,
				ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("graduationYear");
					assertThat(v.code()).isEqualTo("graduationYear.invalid");
				}));
	}

	private static GraduationYears.Source imported(Integer... years) {
		return new GraduationYears.Source() {
			@Override
			public Set<Integer> years() {
				return Set.of(years);
			}
		};
	}

	private static GraduationYears.Source open(Integer... years) {
		return new GraduationYears.Source() {
			@Override
			public Set<Integer> yearsWithOpenWork() {
				return Set.of(years);
			}
		};
	}
}
