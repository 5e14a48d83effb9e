package com.gradverify.verification.web;

import java.io.IOException;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.verification.RosterExport;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster for integrations: the same streamed files as the export page. */
@RestController
@RequestMapping("/api/v1/exports")
@PreAuthorize("hasAnyRole('SCHOOL_REVIEWER','ADMIN')")
@Tag(name = "导出", description = "毕业生资格审查名册 of verified graduates for the provincial education department")
class RosterExportApiController {

	private static final String DESCRIPTION = "Every graduate whose 实名认证 the school approved, in the national "
			+ "column layout (考生号, 身份证号, 姓名, 性别代码, 性别, 民族代码, 民族, … 生源所在地代码, 生源地, … 家庭电话, 邮政编码, "
			+ "电子邮箱): codes as codes (民族 01) with their names beside them, dates yyyy-MM-dd. Streamed; recorded in the "
			+ "audit trail with the filters and row count. SCHOOL_REVIEWER and ADMIN only. A malformed majorCode is a "
			+ "400 problem. One 届 at a time (graduationYear).";

	private final RosterExport roster;

	private final GraduationYears years;

	RosterExportApiController(RosterExport roster, GraduationYears years) {
		this.roster = roster;
		this.years = years;
	}

	@GetMapping("/roster.xlsx")
	@Operation(summary = "The roster as XLSX (one sheet, header row, every cell text)", description = DESCRIPTION)
	void xlsx(@Parameter(description = "the college's id in the school catalog") @RequestParam(required = false) Long collegeId,
			@Parameter(description = "专业代码 as the catalogues write it (080901, 120203K, 0812)") @RequestParam(required = false) String majorCode,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			Principal principal, HttpServletResponse response) throws IOException {
		RosterDownloads.send(roster, years.choose(graduationYear).year(), collegeId, majorCode, TableFormat.XLSX, principal.getName(), response);
	}

	@GetMapping("/roster.csv")
	@Operation(summary = "The roster as CSV (UTF-8 with BOM, RFC 4180)", description = DESCRIPTION)
	void csv(@Parameter(description = "the college's id") @RequestParam(required = false) Long collegeId,
			@Parameter(description = "专业代码 as the catalogues write it (080901, 120203K, 0812)") @RequestParam(required = false) String majorCode,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			Principal principal, HttpServletResponse response) throws IOException {
		RosterDownloads.send(roster, years.choose(graduationYear).year(), collegeId, majorCode, TableFormat.CSV, principal.getName(), response);
	}
}
