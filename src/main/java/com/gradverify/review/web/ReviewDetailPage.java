package com.gradverify.review.web;

import java.util.stream.IntStream;

import com.gradverify.account.SignedInAccount;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewTarget;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a review detail page with its decision form, for the controller and for
 * {@link ReviewPageErrors}, which shows the page again when a decision could not be taken.
 */
@Component
class ReviewDetailPage {

	static final String VIEW = "review/detail";

	/** How many common rejection reasons review.properties offers (review.reason.1 … n). */
	private static final int REASONS = 6;

	private final ReviewService reviews;

	ReviewDetailPage(ReviewService reviews) {
		this.reviews = reviews;
	}

	String render(SignedInAccount reviewer, String kind, long id, DecisionForm form, Model model) {
		ReviewLevel level = ReviewService.levelOf(reviewer);
		ReviewTarget target = reviews.target(reviewer, kind, id);
		model.addAllAttributes(reviews.detail(reviewer, kind, id));
		model.addAttribute("kind", target.kind());
		model.addAttribute("target", target);
		model.addAttribute("level", level);
		model.addAttribute("actionable", target.awaiting() == level);
		model.addAttribute("fragment", reviews.detailFragment(kind));
		model.addAttribute("sections", reviews.detailSections(kind, id));
		model.addAttribute("reasons", IntStream.rangeClosed(1, REASONS).boxed().toList());
		model.addAttribute("pointableFields", reviews.fields(kind));
		model.addAttribute("queue", form.context());
		form.setVersion(target.version());
		model.addAttribute("decisionForm", form);
		model.addAttribute("menu", "reviews");
		return VIEW;
	}
}
