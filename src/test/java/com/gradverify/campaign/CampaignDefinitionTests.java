package com.gradverify.campaign;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.campaign.Campaign.CollegeDeadline;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign's own rules, every broken one reported at its field at once. */
class CampaignDefinitionTests {

	static final Instant OPENS = Instant.parse("2027-03-01T01:00:00Z");

	static final Instant CLOSES = Instant.parse("2027-04-30T09:00:00Z");

	@Test
	void aCompleteDefinitionBreaksNoRule() {
		assertThat(new CampaignDefinition("采集", OPENS, CLOSES, List.of(new CollegeDeadline(1L, CLOSES))).violations())
			.isEmpty();
	}

	@Test
	void reportsEveryBrokenRuleAtItsField() {
		var definition = new CampaignDefinition(" ", CLOSES, OPENS, List.of());
		assertThat(definition.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "campaign.name.required"),
					org.assertj.core.groups.Tuple.tuple("closesAt", "campaign.closesAt.notAfterOpening"));
	}

	@Test
	void aCollegeDeadlineLiesWithinTheWindowOnceForEachCollege() {
		var definition = new CampaignDefinition("采集", OPENS, CLOSES,
				List.of(new CollegeDeadline(1L, OPENS), new CollegeDeadline(2L, CLOSES.plusSeconds(60)),
						new CollegeDeadline(3L, CLOSES), new CollegeDeadline(3L, CLOSES), new CollegeDeadline(4L, null)));
		assertThat(definition.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("collegeDeadlines[0].deadline", "campaign.collegeDeadline.outsideWindow"),
					org.assertj.core.groups.Tuple.tuple("collegeDeadlines[1].deadline", "campaign.collegeDeadline.outsideWindow"),
					org.assertj.core.groups.Tuple.tuple("collegeDeadlines[3].collegeId", "campaign.collegeDeadline.duplicate"),
					org.assertj.core.groups.Tuple.tuple("collegeDeadlines[4].deadline", "campaign.collegeDeadline.required"));
	}

	@Test
	void aCampaignRefusesABrokenChangeWhole() {
		Campaign campaign = Campaign.define(2027, new CampaignDefinition("采集", OPENS, CLOSES, List.of()), "school");
		assertThatThrownBy(() -> campaign.change(new CampaignDefinition("改名", CLOSES, OPENS, List.of())))
			.isInstanceOf(RuleViolationException.class);
		assertThat(campaign.getName()).isEqualTo("采集");
		assertThat(campaign.getClosesAt()).isEqualTo(CLOSES);
	}
}
