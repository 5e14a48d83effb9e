package com.gradverify.account;

import java.util.List;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's accounts page: list and search, create staff accounts. The actions on one
 * account are in {@link AdminAccountActionsController}, creating reviewers from a file in
 * {@link ReviewerImportController}.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

	private static final List<Role> STAFF_ROLES = List.of(Role.COLLEGE_REVIEWER, Role.SCHOOL_REVIEWER, Role.ADMIN);

	private final AccountListing listing;

	private final StaffAccountService staff;

	private final SchoolCatalog colleges;

	private final MessageSource messages;

	private final GraduationYears years;

	private final CollegeReviewers reviewers;

	AdminAccountsController(AccountListing listing, StaffAccountService staff, SchoolCatalog colleges,
			MessageSource messages, GraduationYears years, CollegeReviewers reviewers) {
		this.listing = listing;
		this.staff = staff;
		this.colleges = colleges;
		this.messages = messages;
		this.years = years;
		this.reviewers = reviewers;
	}

	/** Students of one 届 (staff always); colleges without a 学院审核 account are flagged until one exists. */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String graduationYear, @RequestParam(defaultValue = "1") int page,
			Model model) {
		GraduationYears.Choice year = years.choose(graduationYear);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("years", year);
		model.addAttribute("page", listing.find(q, role, year.year(), page));
		model.addAttribute("collegesWithoutReviewer", reviewers.collegesWithoutReviewer());
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return showForm(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") StaffAccountForm form, BindingResult result, SignedInAccount admin,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			staff.create(form.toNewAccount(), admin.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex.violations());
			return showForm(model);
		}
		catch (ConflictException ex) {
			result.rejectValue("username", ex.messageCode(), ex.args(), null);
			return showForm(model);
		}
		redirect.addFlashAttribute("flashSuccess", text("account.created", form.getUsername().strip()));
		return "redirect:/admin/accounts";
	}

	private String showForm(Model model) {
		model.addAttribute("roles", STAFF_ROLES);
		model.addAttribute("colleges", colleges.colleges().stream().map(SchoolCatalog.College::name).toList());
		return "admin/account-form";
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
