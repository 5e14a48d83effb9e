package com.gradverify.reference.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.ReferenceData.CodeEntry;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only reference data for clients: cascading division selects, 生源地 names, code tables. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Administrative divisions, origin-place names and national code tables")
class ReferenceApiController {

	private static final Pattern PARENT_CODE = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}");

	private static final Pattern COUNTY_CODE = Pattern.compile("[0-9]{6}");

	private final ReferenceData reference;

	ReferenceApiController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/divisions")
	@Operation(summary = "Children of a division, for cascading selects",
			description = "Without parent: the 31 provinces. Pseudo-cities that only group counties (市辖区, 县, "
					+ "省直辖县级行政区划) are replaced by their members, so parent=11 lists Beijing's districts "
					+ "(level 3) and parent=41 lists Henan's cities (level 2) together with 济源市 (level 3). "
					+ "Use each child's level to decide what the next select shows.")
	@ApiResponse(responseCode = "200", description = "The children, ordered by code")
	@ApiResponse(responseCode = "400", description = "parent is not a 2-, 4- or 6-digit code (problem code division.parent.format)")
	@ApiResponse(responseCode = "404", description = "No such parent division (problem code division.notFound)")
	List<DivisionView> divisions(
			@Parameter(description = "Code of the parent division (2, 4 or 6 digits), e.g. 43")
			@RequestParam(required = false) String parent) {
		if (parent == null || parent.isBlank()) {
			return views(reference.children(null));
		}
		String code = HalfWidth.normalize(parent);
		if (!PARENT_CODE.matcher(code).matches()) {
			throw new InvalidValueException("division.parent.format");
		}
		if (!reference.divisionExists(code)) {
			throw new NotFoundException("division.notFound");
		}
		return views(reference.children(code));
	}

	@GetMapping("/origin-places/{code}")
	@Operation(summary = "The 生源地 of a code as registries write it, named by the official rules",
			description = "For a 6-digit GB/T 2260 code: a current county-level division — 湖南省岳阳市岳阳楼区 (district), "
					+ "湖南省岳阳县 (county), 北京市海淀区 (municipality), 广西南宁市兴宁区 (autonomous region), "
					+ "广东省东莞市 (no counties) —, a city without counties written with its own code (620200 "
					+ "甘肃省嘉峪关市), or a division abolished or renamed since 1980, named as it was (110228 北京市密云县, "
					+ "371202 山东省莱芜市莱城区) with historical = true. A historical one carries its successor, the current "
					+ "division that took it over, where the published lists show one clearly (110228 → 110118 北京市密云区); "
					+ "successor is null when it is unknown (merged, split, renamed beyond recognition) and for current codes.")
	@ApiResponse(responseCode = "200", description = "The code, its 生源地 name, whether it is historical, and any successor")
	@ApiResponse(responseCode = "400", description = "Not a 6-digit code (problem code originPlace.format)")
	@ApiResponse(responseCode = "404", description = "No county-level place ever had this code (problem code originPlace.notFound)")
	OriginPlaceView originPlace(@Parameter(description = "6-digit division code, e.g. 430621 or 110228")
	@PathVariable String code) {
		String normalized = HalfWidth.normalize(code);
		if (!COUNTY_CODE.matcher(normalized).matches()) {
			throw new InvalidValueException("originPlace.format");
		}
		return reference.originPlace(normalized)
			.map(OriginPlaceView::of)
			.orElseThrow(() -> new NotFoundException("originPlace.notFound"));
	}

	@GetMapping("/codes/{table}")
	@Operation(summary = "The entries of a national code table, in display order",
			description = "Tables: EDUCATION_LEVEL, TRAINING_MODE, GENDER, ETHNICITY, POLITICAL_STATUS, NORMAL_STUDENT, "
					+ "DIFFICULTY, URBAN_RURAL, EMPLOYER_NATURE (单位性质), INDUSTRY (行业), DESTINATION (毕业去向) (case-insensitive). Codes are strings: ETHNICITY 01, never 1.")
	@ApiResponse(responseCode = "200", description = "The entries")
	@ApiResponse(responseCode = "404", description = "No such table (problem code codeTable.notFound)")
	List<CodeEntry> codes(@Parameter(description = "Table name, e.g. EDUCATION_LEVEL") @PathVariable String table) {
		CodeTable codeTable = Arrays.stream(CodeTable.values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(table.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("codeTable.notFound"));
		return reference.entries(codeTable);
	}

	private static List<DivisionView> views(List<ReferenceData.Division> divisions) {
		return divisions.stream().map(d -> new DivisionView(d.code(), d.name(), d.level())).toList();
	}

	@Schema(description = "A division: code, name and level (1 省, 2 地, 3 县, 4 乡)")
	record DivisionView(@Schema(example = "4306") String code, @Schema(example = "岳阳市") String name,
			@Schema(example = "2") int level) {
	}

	@Schema(description = "A 生源地: the code asked for, its name, whether the division has since been abolished or "
			+ "renamed, and then its successor if known")
	record OriginPlaceView(@Schema(example = "110228") String code, @Schema(example = "北京市密云县") String name,
			@Schema(example = "true") boolean historical,
			@Schema(description = "The current division that took over a historical one; null when unknown or current",
					nullable = true) DivisionNameView successor) {

		static OriginPlaceView of(OriginPlace place) {
			return new OriginPlaceView(place.code(), place.name(), place.historical(),
					place.successorIfKnown().map(s -> new DivisionNameView(s.code(), s.name())).orElse(null));
		}
	}

	@Schema(description = "A current county-level division and its 生源地 name")
	record DivisionNameView(@Schema(example = "110118") String code, @Schema(example = "北京市密云区") String name) {
	}
}
