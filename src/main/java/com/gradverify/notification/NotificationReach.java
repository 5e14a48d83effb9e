package com.gradverify.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.gradverify.account.StudentAccounts;
import com.gradverify.campaign.StudentReach;
import com.gradverify.verification.Applicants;
import com.gradverify.wechat.WeChatRecipients;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who the SMS and WeChat channels can reach among a 届's students, by the addresses they would use. */
@Component
class NotificationReach implements StudentReach {

	private final StudentAccounts students;

	private final Applicants applicants;

	private final WeChatRecipients wechat;

	NotificationReach(StudentAccounts students, Applicants applicants, WeChatRecipients wechat) {
		this.students = students;
		this.applicants = applicants;
		this.wechat = wechat;
	}

	@Override
	@Transactional(readOnly = true)
	public Reach of(int graduationYear) {
		List<Long> accountIds = students.placements(graduationYear)
			.stream()
			.map(StudentAccounts.StudentPlacement::accountId)
			.toList();
		Set<Long> withPhone = applicants.contactsOf(accountIds)
			.values()
			.stream()
			.filter(c -> c.mobile() != null)
			.map(Applicants.Contact::accountId)
			.collect(Collectors.toSet());
		List<Long> withoutPhone = accountIds.stream().filter(id -> !withPhone.contains(id)).toList();
		return new Reach(accountIds.size(), withoutPhone.size(), withoutPhone.size() - wechat.openIdsOf(withoutPhone).size());
	}
}
