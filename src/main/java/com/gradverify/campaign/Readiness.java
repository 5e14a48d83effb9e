package com.gradverify.campaign;

import java.util.List;
import java.util.stream.Collectors;

import com.gradverify.account.CollegeReviewers;
import com.gradverify.account.StudentAccounts;
import com.gradverify.registry.RegistryRecords;

import org.springframework.stereotype.Service;

/**
 * Whether a campaign can open (开放前检查), from the other modules' public APIs: the 届's registry is
 * imported, every graduate in it has an account, every college has a 学院审核 reviewer (or its
 * applications would wait in a queue nobody reviews); and, told but never blocking, how many students
 * have signed in so far and how many have left no 联系电话 (SMS cannot reach them; those without a
 * WeChat binding either hear of a reminder only when they next sign in). Each check says what to fix
 * and links to where.
 */
@Service
class Readiness {

	private final Campaigns campaigns;

	private final RegistryRecords registry;

	private final StudentAccounts students;

	private final CollegeReviewers reviewers;

	private final StudentReach reach;

	Readiness(Campaigns campaigns, RegistryRecords registry, StudentAccounts students, CollegeReviewers reviewers,
			StudentReach reach) {
		this.campaigns = campaigns;
		this.registry = registry;
		this.students = students;
		this.reviewers = reviewers;
		this.reach = reach;
	}

	Report of(long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		int year = campaign.graduationYear();
		long records = registry.count(year);
		StudentAccounts.SignInCounts accounts = students.signInCounts(year);
		List<String> unreviewed = reviewers.collegesWithoutReviewer().stream().map(c -> c.name()).toList();
		StudentReach.Reach reachable = reach.of(year);
		return new Report(campaign, List.of(
				new Check(Kind.REGISTRY, records > 0, true, List.of(records), "/admin/registry"),
				new Check(Kind.ACCOUNTS, records > 0 && accounts.accounts() >= records, true,
						List.of(records, accounts.accounts()), "/admin/registry"),
				new Check(Kind.REVIEWERS, unreviewed.isEmpty(), true,
						List.of(unreviewed.stream().collect(Collectors.joining("、"))), "/admin/accounts"),
				new Check(Kind.SIGNED_IN, accounts.accounts() > 0 && accounts.signedIn() == accounts.accounts(), false,
						List.of(accounts.accounts(), accounts.signedIn()), "/reviews/progress"),
				new Check(Kind.PHONES, reachable.students() > 0 && reachable.withoutPhone() == 0, false,
						List.of(reachable.students(), reachable.withoutPhone(), reachable.unreachable()),
						"/reviews/progress/students?graduationYear=" + year + "&state=UNBOUND")));
	}

	/** What is checked. */
	enum Kind {
		REGISTRY, ACCOUNTS, REVIEWERS, SIGNED_IN, PHONES
	}

	/**
	 * One check: passed or not, whether failing it should hold the opening back ({@code blocking}), the
	 * figures its message names, and where to fix it.
	 */
	record Check(Kind kind, boolean ok, boolean blocking, List<Object> args, String fixAt) {

		public Object[] argsArray() {
			return args.toArray();
		}
	}

	/** The campaign and its checks; ready when no blocking check fails. */
	record Report(CampaignView campaign, List<Check> checks) {

		public boolean ready() {
			return checks.stream().noneMatch(c -> c.blocking() && !c.ok());
		}

		public long toFix() {
			return checks.stream().filter(c -> c.blocking() && !c.ok()).count();
		}
	}
}
