package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.CollegeReviewers;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.GraduationYears;
import com.gradverify.verification.VerificationProgress;
import com.gradverify.verification.VerificationProgress.Dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 实名认证 progress dashboard under the reviewers' menu: counts per college (with a bar chart), per
 * major and per class, each number a link to its chase list, and the same tables as XLSX. The school
 * and administrators see every college, a college reviewer their own. It lives here, not in the review
 * module, because it reads verification data and the review module must not depend on verification.
 */
@Controller
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER','ADMIN')")
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

	/** One 届's progress; for the school, colleges without a 学院审核 account are flagged (无审核员) until one exists. */
	@GetMapping("/reviews/progress")
	String show(SignedInAccount staff, @RequestParam(required = false) String graduationYear, Model model) {
		GraduationYears.Choice year = years.choose(graduationYear);
		Dashboard dashboard = progress.dashboard(staff, year.year());
		boolean school = !staff.is(Role.COLLEGE_REVIEWER);
		model.addAttribute("years", year);
		model.addAttribute("rows", dashboard.colleges());
		model.addAttribute("majors", dashboard.majors());
		model.addAttribute("classes", dashboard.classes());
		model.addAttribute("total", dashboard.total());
		model.addAttribute("links", new ChaseLinks(year.year()));
		model.addAttribute("school", school);
		model.addAttribute("collegesWithoutReviewer", school ? reviewers.collegesWithoutReviewer() : List.of());
		model.addAttribute("reviewedColleges", school ? reviewers.collegesWithReviewer() : Set.of());
		model.addAttribute("menu", "progress");
		return "review/progress";
	}

	@GetMapping("/reviews/progress.xlsx")
	void export(SignedInAccount staff, @RequestParam(required = false) String graduationYear,
			HttpServletResponse response) throws IOException {
		Integer year = years.choose(graduationYear).year();
		Dashboard dashboard = progress.dashboard(staff, year);
		response.setContentType(ProgressWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("verification-progress.xlsx").build().toString());
		try (OutputStream out = response.getOutputStream()) {
			workbook.write(year, dashboard, out);
		}
		int colleges = dashboard.colleges().size();
		progress.recordExport(staff.username(),
				year == null ? Map.of("colleges", colleges) : Map.of("colleges", colleges, "graduationYear", year));
	}
}
