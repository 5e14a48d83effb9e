package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.CollegeReviewers;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.GraduationYears;
import com.gradverify.verification.VerificationProgress;
import com.gradverify.verification.VerificationProgress.CollegeProgress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school's 实名认证 progress dashboard under the reviewers' menu: per college counts with a bar
 * chart, and the same table as XLSX. It lives here, not in the review module, because it reads
 * verification data and the review module must not depend on verification.
 */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL_REVIEWER','ADMIN')")
class ProgressController {

	private final VerificationProgress progress;

	private final ProgressWorkbook workbook;

	private final GraduationYears years;

	private final CollegeReviewers reviewers;

	ProgressController(VerificationProgress progress, ProgressWorkbook workbook, GraduationYears years,
			CollegeReviewers reviewers) {
		this.progress = progress;
		this.workbook = workbook;
		this.years = years;
		this.reviewers = reviewers;
	}

	/** One 届's progress; colleges without a 学院审核 account are flagged (无审核员) until one exists. */
	@GetMapping("/reviews/progress")
	String show(@RequestParam(required = false) String graduationYear, Model model) {
		GraduationYears.Choice year = years.choose(graduationYear);
		List<CollegeProgress> rows = progress.byCollege(year.year());
		model.addAttribute("years", year);
		model.addAttribute("rows", rows);
		model.addAttribute("total", ProgressWorkbook.total(rows));
		model.addAttribute("collegesWithoutReviewer", reviewers.collegesWithoutReviewer());
		model.addAttribute("reviewedColleges", reviewers.collegesWithReviewer());
		model.addAttribute("menu", "progress");
		return "review/progress";
	}

	@GetMapping("/reviews/progress.xlsx")
	void export(SignedInAccount staff, @RequestParam(required = false) String graduationYear,
			HttpServletResponse response) throws IOException {
		Integer year = years.choose(graduationYear).year();
		List<CollegeProgress> rows = progress.byCollege(year);
		response.setContentType(ProgressWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("verification-progress.xlsx").build().toString());
		try (OutputStream out = response.getOutputStream()) {
			workbook.write(year, rows, out);
		}
		progress.recordExport(staff.username(),
				year == null ? Map.of("colleges", rows.size()) : Map.of("colleges", rows.size(), "graduationYear", year));
	}
}
