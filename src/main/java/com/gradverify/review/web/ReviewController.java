package com.gradverify.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.review.Decision;
import com.gradverify.review.QueueQuery.QueueState;
import com.gradverify.review.QueueSort;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewService.BatchResult;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's pages: the queue of their level (their college only, for a college reviewer),
 * batch approval, rejection and return, and the detail page with the decision form and the items
 * before and after it in the queue it was opened from. Scoping is the service's: another college's id
 * is a 404 here as in the API; {@link ReviewPageErrors} answers domain errors for every page here.
 */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER')")
class ReviewController {

	private static final String QUEUE = "review/queue";

	private static final Map<Decision, String> DONE = Map.of(Decision.APPROVE, "review.batch.approved", Decision.REJECT,
			"review.batch.rejected", Decision.RETURN, "review.batch.returned");

	private final ReviewService reviews;

	private final ReviewDetailPage detailPage;

	private final SchoolCatalog catalog;

	private final MessageSource messages;

	private final GraduationYears years;

	ReviewController(ReviewService reviews, ReviewDetailPage detailPage, SchoolCatalog catalog,
			MessageSource messages, GraduationYears years) {
		this.reviews = reviews;
		this.detailPage = detailPage;
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
		model.addAttribute("kinds", Stream.concat(Stream.of(ReviewService.ALL_KINDS), reviews.kinds().stream()).toList());
		model.addAttribute("colleges", level == ReviewLevel.SCHOOL ? catalog.colleges() : List.of());
		model.addAttribute("previousUrl", page.page() > 0 ? pageUrl(request, page.page() - 1) : null);
		model.addAttribute("nextUrl", page.page() + 1 < page.totalPages() ? pageUrl(request, page.page() + 1) : null);
		model.addAttribute("sortUrls", sortUrls(request, filter));
		model.addAttribute("queue", new QueueContext(request.getQueryString(), null, null));
		model.addAttribute("batchDecisions",
				level == ReviewLevel.SCHOOL ? List.of(Decision.REJECT, Decision.RETURN) : List.of(Decision.REJECT));
		model.addAttribute("menu", "reviews");
		return QUEUE;
	}

	@PostMapping("/batch-approve")
	String batchApprove(SignedInAccount reviewer, @RequestParam(defaultValue = "VERIFICATION") String kind,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) String graduationYear, @RequestParam(required = false) String queue,
			RedirectAttributes redirect) {
		return batch(reviewer, kind, ids, Decision.APPROVE, null, graduationYear, queue, redirect);
	}

	/** Rejects, or (the school) returns, every selected item with the one comment. */
	@PostMapping("/batch-decide")
	String batchDecide(SignedInAccount reviewer, @RequestParam(defaultValue = "VERIFICATION") String kind,
			@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam Decision decision,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String graduationYear,
			@RequestParam(required = false) String queue, RedirectAttributes redirect) {
		return batch(reviewer, kind, ids, decision, comment, graduationYear, queue, redirect);
	}

	private String batch(SignedInAccount reviewer, String kind, List<Long> ids, Decision decision, String comment,
			String graduationYear, String queue, RedirectAttributes redirect) {
		var context = new QueueContext(queue, null, null);
		if (context.query() == null && graduationYear != null && !graduationYear.isBlank()) {
			// back to the queue of the 届 the reviewer was looking at
			redirect.addAttribute(GraduationYears.PARAMETER, GraduationYears.parse(graduationYear));
		}
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashError", text("review.batch.noneSelected"));
			return backToQueue(kind, context, redirect);
		}
		BatchResult result;
		try {
			result = reviews.batchDecide(reviewer, kind, ids, decision, comment);
		}
		catch (RuleViolationException ex) {
			// nothing was decided: the same items stay ticked for the reviewer to add the comment
			redirect.addFlashAttribute("flashError", text(ex.violations().get(0).code()));
			redirect.addFlashAttribute("selectedIds", ids);
			return backToQueue(kind, context, redirect);
		}
		redirect.addFlashAttribute("flashSuccess",
				text(DONE.get(decision), result.approved().size()));
		redirect.addFlashAttribute("batchRefused", result.refused()
			.stream()
			.map(r -> text("review.batch.refusedItem", Long.toString(r.id()), text(r.reasonCode())))
			.toList());
		// id → number of 已修改 fields, listed apart for one-by-one review
		var held = new LinkedHashMap<Long, Integer>();
		result.held().forEach(h -> held.put(h.id(), h.changedCount()));
		redirect.addFlashAttribute("batchHeld", held);
		return backToQueue(kind, context, redirect);
	}

	@GetMapping("/{kind}/{id}")
	String detail(SignedInAccount reviewer, @PathVariable String kind, @PathVariable long id,
			@ModelAttribute("filter") QueueFilter filter, HttpServletRequest request, Model model) {
		ReviewLevel level = ReviewService.levelOf(reviewer);
		var neighbours = reviews.neighbours(reviewer, filter.getKind(),
				filter.toQuery(level, years.choose(filter.getGraduationYear()).year()), kind, id);
		var form = new DecisionForm();
		form.setContext(QueueContext.of(request.getQueryString(), neighbours));
		form.setContinueToNext(form.getNextItem() != null);
		return detailPage.render(reviewer, kind, id, form, model);
	}

	@PostMapping("/{kind}/{id}/decision")
	String decide(SignedInAccount reviewer, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return detailPage.render(reviewer, kind, id, form, model);
		}
		try {
			reviews.decide(reviewer, kind, id, form.getDecision(), form.getComment(), form.getVersion(),
					form.getFields());
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.args(), null));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return detailPage.render(reviewer, kind, id, form, model);
		}
		redirect.addFlashAttribute("flashSuccess", text("review.decision.done." + form.getDecision()));
		QueueContext context = form.context();
		if (form.isContinueToNext() && context.nextUrl() != null) {
			return "redirect:" + context.nextUrl();
		}
		return backToQueue(kind, context, redirect);
	}

	/** The queue the reviewer came from, or else the queue of the kind. */
	private static String backToQueue(String kind, QueueContext context, RedirectAttributes redirect) {
		if (context.query() != null) {
			return "redirect:" + context.queueUrl();
		}
		redirect.addAttribute("kind", kind);
		return "redirect:/reviews";
	}

	/** Each column's link: by it ascending, or the other way round when the queue is already in that order. */
	private static Map<String, String> sortUrls(HttpServletRequest request, QueueFilter filter) {
		var urls = new LinkedHashMap<String, String>();
		for (QueueSort.Key key : QueueSort.Key.values()) {
			var url = queueUrl(request).replaceQueryParam("sort", key.name()).replaceQueryParam("page");
			if (key == filter.getSort() && !filter.isDesc()) {
				url.replaceQueryParam("desc", "true");
			}
			else {
				url.replaceQueryParam("desc");
			}
			urls.put(key.name(), url.build(true).toUriString());
		}
		return urls;
	}

	private static String pageUrl(HttpServletRequest request, int page) {
		return queueUrl(request).replaceQueryParam("page", page).build(true).toUriString();
	}

	/** The queue's own query string, already encoded as the browser sent it. */
	private static UriComponentsBuilder queueUrl(HttpServletRequest request) {
		return UriComponentsBuilder.fromPath("/reviews").query(request.getQueryString());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}
}
