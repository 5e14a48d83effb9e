package com.gradverify.verification.web;

import com.gradverify.account.SignedInAccount;
import com.gradverify.review.ReviewService;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.ConfirmationSheets;
import com.gradverify.verification.FormFields;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The printable 生源信息确认表 (A4, for the student's signature): the student's own once submitted,
 * and any application a reviewer may open, from the review detail page.
 */
@Controller
class ConfirmationSheetController {

	private static final String PAGE = "verification/print";

	/** The sections of the sheet, as the form has them. */
	@ModelAttribute("formSections")
	FormFields.Section[] sections() {
		return FormFields.Section.values();
	}

	private final ConfirmationSheets sheets;

	private final ReviewService reviews;

	ConfirmationSheetController(ConfirmationSheets sheets, ReviewService reviews) {
		this.sheets = sheets;
		this.reviews = reviews;
	}

	@GetMapping("/verification/print")
	@PreAuthorize("hasRole('STUDENT')")
	@ReturnTo("/verification")
	String mine(SignedInAccount student, Model model) {
		// not yet submitted: back to the form, with the reason
		model.addAttribute("sheet", sheets.forStudent(student));
		model.addAttribute("menu", "verification");
		model.addAttribute("back", "/verification");
		return PAGE;
	}

	@GetMapping("/reviews/verification/{id}/print")
	@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER')")
	String reviewed(SignedInAccount reviewer, @PathVariable long id, Model model) {
		// the review module's scoping: another college's application, or a draft, is not found
		reviews.target(reviewer, "VERIFICATION", id);
		model.addAttribute("sheet", sheets.forReviewer(id));
		model.addAttribute("menu", "reviews");
		model.addAttribute("back", "/reviews/VERIFICATION/" + id);
		return PAGE;
	}

	/** Unknown, or another college's: the same page either way. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}
}
