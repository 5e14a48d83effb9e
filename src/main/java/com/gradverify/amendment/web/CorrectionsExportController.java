package com.gradverify.amendment.web;

import java.io.IOException;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.amendment.ApprovedCorrectionsExport;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.tabular.TableDownloads;
import com.gradverify.shared.tabular.TableFormat;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of approved 异动 corrections as a download, from the export page ({@code /exports/…})
 * and the API ({@code /api/v1/exports/…}) alike.
 */
@RestController
@PreAuthorize("hasAnyRole('SCHOOL_REVIEWER','ADMIN')")
@Tag(name = "导出")
class CorrectionsExportController {

	private static final String DESCRIPTION = "One row per corrected field of every approved 申请异动: 学号, 姓名, 身份证号, "
			+ "院系, 更正字段, 原值 (the registry's value before), 原值名称, 更正值, 更正值名称 (the names of coded values: "
			+ "民族 01 汉族, 生源地 430621 湖南省岳阳县, historical division codes as they were named; empty for other values), "
			+ "佐证材料数, 审核人, 审核日期 (yyyy-MM-dd, China time), "
			+ "of one 届 (graduationYear). "
			+ "Streamed and recorded in the audit trail. SCHOOL_REVIEWER and ADMIN only.";

	private final ApprovedCorrectionsExport corrections;

	private final GraduationYears years;

	CorrectionsExportController(ApprovedCorrectionsExport corrections, GraduationYears years) {
		this.corrections = corrections;
		this.years = years;
	}

	@GetMapping({ "/exports/corrections.xlsx", "/api/v1/exports/corrections.xlsx" })
	@Operation(summary = "Approved 异动 corrections as XLSX", description = DESCRIPTION)
	void xlsx(@Parameter(description = "the college's id in the school catalog") @RequestParam(required = false) Long collegeId,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			Principal principal, HttpServletResponse response) throws IOException {
		send(collegeId, graduationYear, TableFormat.XLSX, principal, response);
	}

	@GetMapping({ "/exports/corrections.csv", "/api/v1/exports/corrections.csv" })
	@Operation(summary = "Approved 异动 corrections as CSV (UTF-8 with BOM)", description = DESCRIPTION)
	void csv(@Parameter(description = "the college's id in the school catalog") @RequestParam(required = false) Long collegeId,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			Principal principal, HttpServletResponse response) throws IOException {
		send(collegeId, graduationYear, TableFormat.CSV, principal, response);
	}

	private void send(Long collegeId, String graduationYear, TableFormat format, Principal principal,
			HttpServletResponse response) throws IOException {
		// before the response starts, so that a bad 届 is a 400 problem, never a broken file
		Integer year = years.choose(graduationYear).year();
		TableDownloads.prepare(response, "异动更正清单", format);
		corrections.export(collegeId, year, format, response.getOutputStream(), principal.getName());
		response.flushBuffer();
	}
}
