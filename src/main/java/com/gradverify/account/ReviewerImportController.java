package com.gradverify.account;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creating reviewers from an XLSX file: the upload form with the column rules and the template,
 * and the report, rendered as the answer to the upload so that the initial passwords it lists
 * are shown once and kept nowhere.
 */
@Controller
@RequestMapping("/admin/accounts/import")
class ReviewerImportController {

	private static final String VIEW = "admin/account-import";

	private final ReviewerImport reviewers;

	private final MessageSource messages;

	ReviewerImportController(ReviewerImport reviewers, MessageSource messages) {
		this.reviewers = reviewers;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		return show(model);
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, SignedInAccount admin, Model model,
			HttpServletResponse response) throws IOException {
		try (InputStream content = file == null ? null : file.getInputStream()) {
			model.addAttribute("report", reviewers.run(file == null ? 0 : file.getSize(), content, admin.username()));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		catch (RuleViolationException ex) {
			// the service refuses a file for one reason, on the field "file"
			Violation problem = ex.violations().get(0);
			model.addAttribute("fileError",
					messages.getMessage(problem.code(), problem.args(), LocaleContextHolder.getLocale()));
		}
		return show(model);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reviewers-template.xlsx").build().toString())
			.body(ReviewerImport.template());
	}

	private String show(Model model) {
		model.addAttribute("headers", String.join("、", ReviewerColumn.headers()));
		model.addAttribute("maxRows", ReviewerImport.MAX_ROWS);
		model.addAttribute("maxKilobytes", ReviewerImport.MAX_FILE_KILOBYTES);
		return VIEW;
	}
}
