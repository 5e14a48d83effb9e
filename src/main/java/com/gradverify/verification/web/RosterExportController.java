package com.gradverify.verification.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.verification.RosterExport;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The employment office's export page: the roster of verified graduates, all or one college/major. */
@Controller
@RequestMapping("/exports")
@PreAuthorize("hasAnyRole('SCHOOL_REVIEWER','ADMIN')")
class RosterExportController {

	private final RosterExport roster;

	private final SchoolCatalog catalog;

	private final GraduationYears years;

	RosterExportController(RosterExport roster, SchoolCatalog catalog, GraduationYears years) {
		this.roster = roster;
		this.catalog = catalog;
		this.years = years;
	}

	@GetMapping
	String page(@RequestParam(required = false) String graduationYear, Model model) {
		model.addAttribute("years", years.choose(graduationYear));
		model.addAttribute("colleges", catalog.colleges());
		model.addAttribute("menu", "exports");
		return "verification/exports";
	}

	@GetMapping("/roster.xlsx")
	void xlsx(@RequestParam(required = false) String graduationYear, @RequestParam(required = false) Long collegeId,
			@RequestParam(required = false) String majorCode, Principal principal, HttpServletResponse response)
			throws IOException {
		RosterDownloads.send(roster, years.choose(graduationYear).year(), collegeId, majorCode, TableFormat.XLSX,
				principal.getName(), response);
	}

	@GetMapping("/roster.csv")
	void csv(@RequestParam(required = false) String graduationYear, @RequestParam(required = false) Long collegeId,
			@RequestParam(required = false) String majorCode, Principal principal, HttpServletResponse response)
			throws IOException {
		RosterDownloads.send(roster, years.choose(graduationYear).year(), collegeId, majorCode, TableFormat.CSV,
				principal.getName(), response);
	}

	/** A malformed 专业代码 (or 届): the page again with the message, nothing exported. */
	@ExceptionHandler(RuleViolationException.class)
	ModelAndView invalid(RuleViolationException ex) {
		var page = new ModelAndView("verification/exports", HttpStatus.BAD_REQUEST);
		page.addObject("years", years.choose(null));
		page.addObject("colleges", catalog.colleges());
		page.addObject(ex instanceof GraduationYears.InvalidGraduationYearException ? "yearError" : "majorError",
				ex.violations().get(0).code());
		page.addObject("menu", "exports");
		return page;
	}
}
