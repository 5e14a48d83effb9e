package com.gradverify.amendment.web;

import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.amendment.AmendmentStatus;
import com.gradverify.amendment.ReviewDetail;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school's review of change requests: a queue by status with previews, and the decision page
 * (the request as a whole, or field by field). A decision someone else made first, or one the
 * ended binding forbids, is shown by {@link AmendmentPageErrors}.
 */
@Controller
@RequestMapping("/amendments")
@PreAuthorize("hasRole('SCHOOL_REVIEWER')")
class AmendmentReviewController {

	private final AmendmentService amendments;

	private final Messages messages;

	private final GraduationYears years;

	AmendmentReviewController(AmendmentService amendments, Messages messages, GraduationYears years) {
		this.amendments = amendments;
		this.messages = messages;
		this.years = years;
	}

	@GetMapping
	String queue(SignedInAccount reviewer, @RequestParam(required = false) AmendmentStatus status,
			@RequestParam(required = false) String graduationYear, @RequestParam(defaultValue = "0") int page,
			Model model) {
		GraduationYears.Choice year = years.choose(graduationYear);
		model.addAttribute("queue", amendments.queue(reviewer, status, year.year(), page));
		model.addAttribute("years", year);
		model.addAttribute("menu", "amendments");
		return "amendment/queue";
	}

	@GetMapping("/{id}")
	String detail(SignedInAccount reviewer, @PathVariable long id, Model model) {
		return detailPage(model, amendments.detail(reviewer, id), new ReviewForm(), Map.of());
	}

	@PostMapping("/{id}/decision")
	String decide(SignedInAccount reviewer, @PathVariable long id, @ModelAttribute("form") ReviewForm form,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		try {
			ReviewDetail decided = form.isByField()
					? amendments.decideFields(reviewer, id, form.decisions(), form.getComment(), version)
					: amendments.decide(reviewer, id, form.getDecision(), form.getComment(), version);
			redirect.addFlashAttribute("flashSuccess", messages.text(decided.request().status() == AmendmentStatus.APPROVED
					? "amendment.review.approved" : "amendment.review.rejected"));
			return "redirect:/amendments";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("flashError", messages.text("validation.failed"));
			return detailPage(model, amendments.detail(reviewer, id), form, messages.byField(ex));
		}
	}

	/** The decision page, with what the reviewer typed and the errors by field ({@code comment}, {@code fields[ETHNICITY].reason} …). */
	static String detailPage(Model model, ReviewDetail detail, ReviewForm form, Map<String, String> errors) {
		model.addAttribute("detail", detail);
		model.addAttribute("amendment", detail.request());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("menu", "amendments");
		return "amendment/detail";
	}
}
