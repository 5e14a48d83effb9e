package com.gradverify.registry.importing;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.gradverify.account.CollegeReviewers;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;

import org.springframework.stereotype.Component;

/**
 * Colleges without a 学院审核 account: an import creates colleges from the registry's 院系, and their
 * graduates' applications would wait in a queue no one reviews until the administrator adds one.
 */
@Component
class ReviewerCoverage {

	private final SchoolCatalog catalog;

	private final CollegeReviewers reviewers;

	ReviewerCoverage(SchoolCatalog catalog, CollegeReviewers reviewers) {
		this.catalog = catalog;
		this.reviewers = reviewers;
	}

	List<College> collegesWithoutReviewer() {
		return reviewers.collegesWithoutReviewer();
	}

	/** Whether the college of this name has a reviewer now (an unknown name has none). */
	Predicate<String> hasReviewer() {
		Set<Long> reviewed = reviewers.collegesWithReviewer();
		Set<String> names = catalog.colleges().stream()
			.filter(college -> reviewed.contains(college.id()))
			.map(College::name)
			.collect(Collectors.toSet());
		return names::contains;
	}
}
