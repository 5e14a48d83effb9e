package com.gradverify.amendment;

import java.util.Set;

import com.gradverify.shared.GraduationYears;

import org.springframework.stereotype.Component;

/** The 届 with change requests waiting for the school's decision. */
@Component
class AmendmentYears implements GraduationYears.Source {

	private final AmendmentRequests requests;

	AmendmentYears(AmendmentRequests requests) {
		this.requests = requests;
	}

	@Override
	public Set<Integer> yearsWithOpenWork() {
		return Set.copyOf(requests.graduationYears(AmendmentStatus.SUBMITTED));
	}
}
