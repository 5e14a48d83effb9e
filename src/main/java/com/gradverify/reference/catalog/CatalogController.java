package com.gradverify.reference.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MajorCode;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the school's colleges and majors (/admin/catalog; URL security
 * restricts /admin/** to ADMIN). Each form posts, redirects and shows a flash message; on an error
 * the page is rendered again with the typed values and the message next to the field.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogController {

	private static final String VIEW = "admin/catalog";

	private final JdbcSchoolCatalog catalog;

	private final MessageSource messages;

	CatalogController(JdbcSchoolCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("collegeForm", new CollegeForm());
		model.addAttribute("renameForm", new RenameCollegeForm());
		model.addAttribute("majorForm", new MajorForm());
		return page(model);
	}

	@PostMapping("/colleges")
	String addCollege(@Valid @ModelAttribute("collegeForm") CollegeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				College college = catalog.addCollege(form.getName());
				return done(redirect, "catalog.college.added", college.name());
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
		}
		model.addAttribute("renameForm", new RenameCollegeForm());
		model.addAttribute("majorForm", new MajorForm());
		return page(model);
	}

	@PostMapping("/colleges/rename")
	String renameCollege(@Valid @ModelAttribute("renameForm") RenameCollegeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				catalog.renameCollege(form.getCollegeId(), form.getName());
				return done(redirect, "catalog.college.renamed", form.getName().strip());
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
			catch (NotFoundException ex) {
				result.rejectValue("collegeId", ex.messageCode());
			}
		}
		model.addAttribute("collegeForm", new CollegeForm());
		model.addAttribute("majorForm", new MajorForm());
		return page(model);
	}

	@PostMapping("/majors")
	String addMajor(@Valid @ModelAttribute("majorForm") MajorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("code") && !MajorCode.isValid(form.getCode())) {
			result.rejectValue("code", "catalog.major.codeFormat");
		}
		if (!result.hasErrors()) {
			try {
				var major = catalog.addMajor(form.getCode(), form.getName(), form.getCollegeId());
				return done(redirect, "catalog.major.added", major.code() + " " + major.name());
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
			catch (InvalidValueException ex) {
				result.rejectValue("code", ex.messageCode());
			}
		}
		model.addAttribute("collegeForm", new CollegeForm());
		model.addAttribute("renameForm", new RenameCollegeForm());
		return page(model);
	}

	private String page(Model model) {
		List<College> colleges = catalog.colleges();
		List<JdbcSchoolCatalog.Major> majors = catalog.majors();
		Map<Long, List<JdbcSchoolCatalog.Major>> majorsByCollege = majors.stream()
			.filter(major -> major.collegeId() != null)
			.collect(Collectors.groupingBy(JdbcSchoolCatalog.Major::collegeId));
		model.addAttribute("colleges", colleges);
		model.addAttribute("majorsByCollege", majorsByCollege);
		model.addAttribute("unassignedMajors", majors.stream().filter(major -> major.collegeId() == null).toList());
		return VIEW;
	}

	private String done(RedirectAttributes redirect, String code, String subject) {
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage(code, new Object[] { subject }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/catalog";
	}

	private static void reject(BindingResult result, RuleViolationException ex) {
		ex.violations().forEach(violation -> result.rejectValue(violation.field(), violation.code()));
	}
}
