package com.gradverify.amendment.web;

import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentDecision;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.amendment.AmendmentStatus;
import com.gradverify.amendment.ReviewDetail;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school's review of change requests: a queue by status with previews, and the decision page. */
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
		return detailPage(model, amendments.detail(reviewer, id), "", Map.of());
	}

	@PostMapping("/{id}/decision")
	String decide(SignedInAccount reviewer, @PathVariable long id,
			@RequestParam(required = false) AmendmentDecision decision,
			@RequestParam(required = false, defaultValue = "") String comment, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			amendments.decide(reviewer, id, decision, comment, version);
			redirect.addFlashAttribute("flashSuccess", messages.text(decision == AmendmentDecision.APPROVE
					? "amendment.review.approved" : "amendment.review.rejected"));
			return "redirect:/amendments";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("flashError", messages.text("validation.failed"));
			return detailPage(model, amendments.detail(reviewer, id), comment, messages.byField(ex));
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			// someone else was first, or the binding ended: show the request as it is now, keep what was typed
			model.addAttribute("flashError", messages.text(conflictCode(ex)));
			return detailPage(model, amendments.detail(reviewer, id), comment, Map.of());
		}
	}

	/** A binding that ended is said as such; any other conflict means another decision was first. */
	private static String conflictCode(RuntimeException ex) {
		return ex instanceof ConflictException conflict && AmendmentService.BINDING_ENDED.equals(conflict.messageCode())
				? AmendmentService.BINDING_ENDED : "amendment.stale";
	}

	private static String detailPage(Model model, ReviewDetail detail, String comment, Map<String, String> errors) {
		model.addAttribute("detail", detail);
		model.addAttribute("amendment", detail.request());
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("menu", "amendments");
		return "amendment/detail";
	}
}
