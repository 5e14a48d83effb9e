package com.gradverify.verification.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.verification.VerificationProgress;
import com.gradverify.verification.VerificationProgress.CollegeProgress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

	ProgressController(VerificationProgress progress, ProgressWorkbook workbook) {
		this.progress = progress;
		this.workbook = workbook;
	}

	@GetMapping("/reviews/progress")
	String show(Model model) {
		List<CollegeProgress> rows = progress.byCollege();
		model.addAttribute("rows", rows);
		model.addAttribute("total", ProgressWorkbook.total(rows));
		model.addAttribute("menu", "progress");
		return "review/progress";
	}

	@GetMapping("/reviews/progress.xlsx")
	void export(SignedInAccount staff, HttpServletResponse response) throws IOException {
		List<CollegeProgress> rows = progress.byCollege();
		response.setContentType(ProgressWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("verification-progress.xlsx").build().toString());
		try (OutputStream out = response.getOutputStream()) {
			workbook.write(rows, out);
		}
		progress.recordExport(staff.username(), Map.of("colleges", rows.size()));
	}
}
