package com.gradverify.account;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's actions on one account from the accounts page: reset its password, disable
 * or enable it, unlock it, move a college reviewer to another college. Each answers with a
 * message on the accounts page, except a staff password reset, whose temporary password is shown
 * on a page of its own, once, and never stored in the session. An account that is gone, or the
 * last administrator, is told on the accounts page by {@link AccountPageErrors}.
 */
@Controller
@RequestMapping("/admin/accounts/{id}")
class AdminAccountActionsController {

	private static final String LIST = AccountPageErrors.ACCOUNTS_PAGE;

	private final AccountAdministration administration;

	private final AccountListing listing;

	private final SchoolCatalog colleges;

	private final MessageSource messages;

	AdminAccountActionsController(AccountAdministration administration, AccountListing listing,
			SchoolCatalog colleges, MessageSource messages) {
		this.administration = administration;
		this.listing = listing;
		this.colleges = colleges;
		this.messages = messages;
	}

	@PostMapping("/reset-password")
	String resetPassword(@PathVariable long id, SignedInAccount admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AccountAdministration.PasswordReset reset = administration.resetPassword(id, admin.username());
		if (reset.temporaryPassword() == null) {
			redirect.addFlashAttribute("flashSuccess", text("account.passwordReset"));
			return LIST;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("reset", reset);
		return "admin/account-password";
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, SignedInAccount admin, RedirectAttributes redirect) {
		return act(id, admin, administration::disable, "account.disabled", redirect);
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, SignedInAccount admin, RedirectAttributes redirect) {
		return act(id, admin, administration::enable, "account.enabled", redirect);
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, SignedInAccount admin, RedirectAttributes redirect) {
		return act(id, admin, administration::unlock, "account.unlocked", redirect);
	}

	@GetMapping("/college")
	String collegeForm(@PathVariable long id, Model model) {
		AccountListing.Row account = collegeReviewer(id);
		var form = new CollegeChangeForm();
		form.setCollege(account.college());
		model.addAttribute("form", form);
		return showCollegeForm(account, model);
	}

	@PostMapping("/college")
	String changeCollege(@PathVariable long id, @ModelAttribute("form") CollegeChangeForm form, BindingResult result,
			SignedInAccount admin, Model model, RedirectAttributes redirect) {
		AccountListing.Row account = collegeReviewer(id);
		try {
			administration.changeCollege(id, form.getCollege(), admin.username());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex.violations());
			return showCollegeForm(account, model);
		}
		redirect.addFlashAttribute("flashSuccess", text("account.collegeChanged", account.username(),
				form.getCollege().strip()));
		return LIST;
	}

	/** Applies the action to the account and says so, naming the account, on the accounts page. */
	private String act(long id, SignedInAccount admin, AccountAction action, String doneCode,
			RedirectAttributes redirect) {
		String username = found(id).username();
		action.apply(id, admin.username());
		redirect.addFlashAttribute("flashSuccess", text(doneCode, username));
		return LIST;
	}

	private String showCollegeForm(AccountListing.Row account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("colleges", colleges.colleges().stream().map(SchoolCatalog.College::name).toList());
		return "admin/account-college";
	}

	private AccountListing.Row found(long id) {
		return listing.find(id).orElseThrow(() -> new NotFoundException("account.notFound"));
	}

	private AccountListing.Row collegeReviewer(long id) {
		return listing.find(id)
			.filter(account -> account.role() == Role.COLLEGE_REVIEWER)
			.orElseThrow(() -> new NotFoundException("account.collegeReviewer.notFound"));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/** One of the {@link AccountAdministration} actions that take the account and the acting administrator. */
	@FunctionalInterface
	private interface AccountAction {

		void apply(long accountId, String actor);
	}
}
