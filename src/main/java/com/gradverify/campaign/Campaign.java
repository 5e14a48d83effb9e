package com.gradverify.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

/**
 * One 采集批次 of a 届: its window ({@code opensAt} inclusive, {@code closesAt} exclusive) and the
 * colleges' own deadlines, each within the window. Changes go through {@link #change}, which checks
 * the whole definition and refuses every broken rule at once; {@code @Version} makes the second of
 * two staff editing the same campaign fail instead of overwriting the first.
 */
@Entity
@Table(name = "campaign")
class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int graduationYear;

	private String name;

	private Instant opensAt;

	private Instant closesAt;

	private String createdBy;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_college_deadline", joinColumns = @JoinColumn(name = "campaign_id"))
	@MapKeyColumn(name = "college_id")
	@Column(name = "deadline")
	private Map<Long, Instant> collegeDeadlines = new HashMap<>();

	@Version
	private long version;

	protected Campaign() {
	}

	static Campaign define(int graduationYear, CampaignDefinition definition, String actor) {
		var campaign = new Campaign();
		campaign.graduationYear = graduationYear;
		campaign.createdBy = actor;
		campaign.change(definition);
		return campaign;
	}

	/** Replaces name, window and college deadlines; refuses the change whole if any rule breaks. */
	void change(CampaignDefinition definition) {
		List<Violation> violations = definition.violations();
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		name = definition.name().strip();
		opensAt = definition.opensAt();
		closesAt = definition.closesAt();
		collegeDeadlines.clear();
		collegeDeadlines.putAll(definition.deadlinesByCollege());
		updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	int getGraduationYear() {
		return graduationYear;
	}

	String getName() {
		return name;
	}

	Instant getOpensAt() {
		return opensAt;
	}

	Instant getClosesAt() {
		return closesAt;
	}

	Map<Long, Instant> getCollegeDeadlines() {
		return Map.copyOf(collegeDeadlines);
	}

	long getVersion() {
		return version;
	}

	/**
	 * What staff ask a campaign to be, college deadlines in the order given. {@link #violations} checks
	 * it field by field ({@code collegeDeadlines[2].deadline}), so that the API and the page report
	 * every problem at once; whether a college exists is the caller's question.
	 */
	record CampaignDefinition(String name, Instant opensAt, Instant closesAt, List<CollegeDeadline> collegeDeadlines) {

		static final int NAME_MAX = 100;

		CampaignDefinition {
			collegeDeadlines = collegeDeadlines == null ? List.of() : List.copyOf(collegeDeadlines);
		}

		List<Violation> violations() {
			List<Violation> violations = new ArrayList<>();
			if (name == null || name.isBlank()) {
				violations.add(new Violation("name", "campaign.name.required"));
			}
			else if (name.strip().length() > NAME_MAX) {
				violations.add(new Violation("name", "campaign.name.tooLong", NAME_MAX));
			}
			if (opensAt == null) {
				violations.add(new Violation("opensAt", "campaign.opensAt.required"));
			}
			if (closesAt == null) {
				violations.add(new Violation("closesAt", "campaign.closesAt.required"));
			}
			else if (opensAt != null && !closesAt.isAfter(opensAt)) {
				violations.add(new Violation("closesAt", "campaign.closesAt.notAfterOpening"));
			}
			var seen = new java.util.HashSet<Long>();
			for (int i = 0; i < collegeDeadlines.size(); i++) {
				CollegeDeadline entry = collegeDeadlines.get(i);
				String field = "collegeDeadlines[" + i + "]";
				if (entry.collegeId() == null) {
					violations.add(new Violation(field + ".collegeId", "campaign.collegeDeadline.collegeRequired"));
				}
				else if (!seen.add(entry.collegeId())) {
					violations.add(new Violation(field + ".collegeId", "campaign.collegeDeadline.duplicate"));
				}
				if (entry.deadline() == null) {
					violations.add(new Violation(field + ".deadline", "campaign.collegeDeadline.required"));
				}
				else if (opensAt != null && closesAt != null
						&& (!entry.deadline().isAfter(opensAt) || entry.deadline().isAfter(closesAt))) {
					violations.add(new Violation(field + ".deadline", "campaign.collegeDeadline.outsideWindow"));
				}
			}
			return violations;
		}

		Map<Long, Instant> deadlinesByCollege() {
			Map<Long, Instant> byCollege = new HashMap<>();
			collegeDeadlines.forEach(entry -> byCollege.put(entry.collegeId(), entry.deadline()));
			return byCollege;
		}
	}

	/** A college's own deadline, as staff enter it. */
	record CollegeDeadline(Long collegeId, Instant deadline) {
	}
}
