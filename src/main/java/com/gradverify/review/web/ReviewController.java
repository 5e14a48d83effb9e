package com.gradverify.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.review.QueueQuery.QueueState;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewService.BatchResult;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewedItem;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's pages: the queue of their level (their college only, for a college reviewer),
 * batch approval, and the detail page with the decision form. Scoping is the service's: another
 * college's id is a 404 here as in the API.
 */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER')")
class ReviewController {

	private static final String QUEUE = "review/queue";

	private static final String DETAIL = "review/detail";

	/** How many common rejection reasons review.properties offers (review.reason.1 … n). */
	private static final int REASONS = 6;

	private final ReviewService reviews;

	private final SchoolCatalog catalog;

	private final MessageSource messages;

	private final GraduationYears years;

	ReviewController(ReviewService reviews, SchoolCatalog catalog, MessageSource messages, GraduationYears years) {
		this.reviews = reviews;
		this.catalog = catalog;
		this.messages = messages;
		this.years = years;
	}

	@GetMapping
	String queue(SignedInAccount reviewer, @ModelAttribute("filter") QueueFilter filter, HttpServletRequest request,
			Model model) {
		ReviewLevel level = ReviewService.levelOf(reviewer);
		GraduationYears.Choice year = years.choose(filter.getGraduationYear());
		var page = reviews.queue(reviewer, filter.getKind(), filter.toQuery(level, year.year()));
		model.addAttribute("years", year);
		model.addAttribute("level", level);
		model.addAttribute("page", page);
		model.addAttribute("states", QueueState.values());
		model.addAttribute("kinds", java.util.stream.Stream
			.concat(java.util.stream.Stream.of(ReviewService.ALL_KINDS), reviews.kinds().stream())
			.toList());
		model.addAttribute("colleges", level == ReviewLevel.SCHOOL ? catalog.colleges() : List.of());
		model.addAttribute("previousUrl", page.page() > 0 ? pageUrl(request, page.page() - 1) : null);
		model.addAttribute("nextUrl", page.page() + 1 < page.totalPages() ? pageUrl(request, page.page() + 1) : null);
		model.addAttribute("menu", "reviews");
		return QUEUE;
	}

	@PostMapping("/batch-approve")
	String batchApprove(SignedInAccount reviewer, @RequestParam(defaultValue = "VERIFICATION") String kind,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) String graduationYear, RedirectAttributes redirect) {
		if (graduationYear != null && !graduationYear.isBlank()) {
			// back to the queue of the 届 the reviewer was looking at
			redirect.addAttribute(GraduationYears.PARAMETER, GraduationYears.parse(graduationYear));
		}
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashError", text("review.batch.noneSelected"));
			return backToQueue(kind, redirect);
		}
		BatchResult result = reviews.batchApprove(reviewer, kind, ids);
		redirect.addFlashAttribute("flashSuccess", text("review.batch.approved", result.approved().size()));
		redirect.addFlashAttribute("batchRefused", result.refused()
			.stream()
			.map(r -> text("review.batch.refusedItem", Long.toString(r.id()), text(r.reasonCode())))
			.toList());
		// id → number of 已修改 fields, listed apart for one-by-one review
		var held = new LinkedHashMap<Long, Integer>();
		result.held().forEach(h -> held.put(h.id(), h.changedCount()));
		redirect.addFlashAttribute("batchHeld", held);
		return backToQueue(kind, redirect);
	}

	@GetMapping("/{kind}/{id}")
	String detail(SignedInAccount reviewer, @PathVariable String kind, @PathVariable long id, Model model) {
		var form = new DecisionForm();
		return detailPage(reviewer, kind, id, form, model);
	}

	@PostMapping("/{kind}/{id}/decision")
	String decide(SignedInAccount reviewer, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return detailPage(reviewer, kind, id, form, model);
		}
		try {
			reviews.decide(reviewer, kind, id, form.getDecision(), form.getComment(), form.getVersion(),
					form.getFields());
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.args(), null));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return detailPage(reviewer, kind, id, form, model);
		}
		catch (ConflictException ex) {
			return conflict(reviewer, kind, id, form, text(ex.messageCode(), ex.args()), model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(reviewer, kind, id, form, text("review.actedByOther"), model, response);
		}
		redirect.addFlashAttribute("flashSuccess", text("review.decision.done." + form.getDecision()));
		return backToQueue(kind, redirect);
	}

	/** Someone else acted first, or the item moved on: show its current state, never a stale form. */
	private String conflict(SignedInAccount reviewer, String kind, long id, DecisionForm typed, String message,
			Model model, HttpServletResponse response) {
		var fresh = new DecisionForm();
		fresh.setComment(typed.getComment());
		fresh.setFields(typed.getFields());
		model.addAttribute("flashError", message);
		response.setStatus(HttpStatus.CONFLICT.value());
		return detailPage(reviewer, kind, id, fresh, model);
	}

	private String detailPage(SignedInAccount reviewer, String kind, long id, DecisionForm form, Model model) {
		ReviewLevel level = ReviewService.levelOf(reviewer);
		ReviewedItem item = reviews.detail(reviewer, kind, id);
		ReviewTarget target = item.target();
		model.addAttribute("detail", item.detail());
		model.addAttribute("decisions", item.decisions());
		model.addAttribute("history", item.history());
		model.addAttribute("kind", target.kind());
		model.addAttribute("target", target);
		model.addAttribute("level", level);
		model.addAttribute("actionable", target.awaiting() == level);
		model.addAttribute("sections", reviews.detailSections(kind, id));
		model.addAttribute("reasons", IntStream.rangeClosed(1, REASONS).boxed().toList());
		model.addAttribute("pointableFields", reviews.fields(kind));
		form.setVersion(target.version());
		model.addAttribute("decisionForm", form);
		model.addAttribute("menu", "reviews");
		return DETAIL;
	}

	private static String backToQueue(String kind, RedirectAttributes redirect) {
		redirect.addAttribute("kind", kind);
		return "redirect:/reviews";
	}

	/** Unknown, or another college's: the same page either way, so nobody can probe which ids exist. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}

	private static String pageUrl(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath("/reviews")
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}
}
