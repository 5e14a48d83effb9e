package com.gradverify.campaign;

import com.gradverify.account.SignedInAccount;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages of 采集批次: the list, a new campaign, and changing one (administrators and school reviewers). */
@Controller
@RequestMapping("/admin/campaigns")
class CampaignsController {

	private static final String FORM = "campaign/form";

	private final Campaigns campaigns;

	private final SchoolCatalog catalog;

	private final MessageSource messages;

	private final Readiness readiness;

	CampaignsController(Campaigns campaigns, SchoolCatalog catalog, MessageSource messages, Readiness readiness) {
		this.campaigns = campaigns;
		this.readiness = readiness;
		this.catalog = catalog;
		this.messages = messages;
	}

	@ModelAttribute("menu")
	String menu() {
		return "campaigns";
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("campaigns", campaigns.all());
		return "campaign/list";
	}

	@GetMapping("/new")
	String newCampaign(Model model) {
		model.addAttribute("form", CampaignForm.blank(catalog.colleges()));
		model.addAttribute("campaignId", null);
		return FORM;
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") CampaignForm form, BindingResult errors, SignedInAccount staff, Model model,
			RedirectAttributes redirect) {
		form.nameColleges(catalog.colleges());
		model.addAttribute("campaignId", null);
		Integer year = form.getGraduationYear();
		if (year == null || year < GraduationYears.MIN || year > GraduationYears.MAX) {
			errors.rejectValue("graduationYear", "campaign.graduationYear.required");
		}
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			CampaignView created = campaigns.create(year, form.definition(), staff.username());
			redirect.addFlashAttribute("flashSuccess", text("campaign.form.created", created.name()));
			return "redirect:/admin/campaigns";
		}
		catch (RuleViolationException ex) {
			return refused(form, errors, ex);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", CampaignForm.of(campaigns.get(id), catalog.colleges()));
		model.addAttribute("campaignId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") CampaignForm form, BindingResult errors,
			SignedInAccount staff, Model model, RedirectAttributes redirect) {
		form.nameColleges(catalog.colleges());
		model.addAttribute("campaignId", id);
		CampaignView current = campaigns.get(id);
		// the 届 of a campaign does not change
		form.setGraduationYear(current.graduationYear());
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			CampaignView changed = campaigns.change(id, form.definition(), form.getVersion(), staff.username());
			redirect.addFlashAttribute("flashSuccess", text("campaign.form.changed", changed.name()));
			return "redirect:/admin/campaigns";
		}
		catch (RuleViolationException ex) {
			return refused(form, errors, ex);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			// someone saved first: their version, to change again
			model.addAttribute("form", CampaignForm.of(campaigns.get(id), catalog.colleges()));
			model.addAttribute("flashError", text("campaign.form.stale"));
			return FORM;
		}
	}

	/** 开放前检查: what still stands in the way of opening the campaign, and where to fix it. */
	@GetMapping("/{id}/readiness")
	String readiness(@PathVariable long id, Model model) {
		model.addAttribute("report", readiness.of(id));
		return "campaign/readiness";
	}

	private String refused(CampaignForm form, BindingResult errors, RuleViolationException ex) {
		for (var violation : ex.violations()) {
			String field = violation.field() == null ? null : form.fieldOf(violation.field());
			if (field == null) {
				errors.reject(violation.code(), violation.args(), null);
			}
			else {
				errors.rejectValue(field, violation.code(), violation.args(), null);
			}
		}
		return FORM;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
