package com.gradverify.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.gradverify.audit.AuditTrail;
import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining and changing 采集批次 (administrators and school reviewers). Rules beyond a campaign's own
 * ({@link CampaignDefinition#violations}): every college named exists, and a 届's campaigns never
 * overlap (checked here for a clear field error; the table's exclusion constraint is the last word
 * when two staff race). Created or extended while open, a campaign is announced ({@link CampaignOpened})
 * in the same transaction. Every change is audited.
 */
@Service
public class Campaigns {

	private final CampaignRepository campaigns;

	private final SchoolCatalog catalog;

	private final AuditTrail audit;

	private final CampaignAnnouncements announcements;

	private final CollectionWindows windows;

	Campaigns(CampaignRepository campaigns, SchoolCatalog catalog, AuditTrail audit,
			CampaignAnnouncements announcements, CollectionWindows windows) {
		this.campaigns = campaigns;
		this.catalog = catalog;
		this.audit = audit;
		this.announcements = announcements;
		this.windows = windows;
	}

	@Transactional(readOnly = true)
	List<CampaignView> all() {
		Map<Long, String> colleges = collegeNames();
		return campaigns.findAllByOrderByGraduationYearDescOpensAtDesc().stream().map(c -> view(c, colleges)).toList();
	}

	@Transactional(readOnly = true)
	CampaignView get(long id) {
		return view(find(id), collegeNames());
	}

	@Transactional
	CampaignView create(int graduationYear, CampaignDefinition definition, String actor) {
		check(graduationYear, null, definition);
		Campaign campaign = campaigns.saveAndFlush(Campaign.define(graduationYear, definition, actor));
		audit.record(actor, "campaign.created", "campaign", campaign.getId().toString(), details(campaign));
		announcements.announceIfOpen(campaign, Instant.now());
		windows.evict(graduationYear);
		return view(campaign, collegeNames());
	}

	/**
	 * For seeding a school (the demo profile): defines a campaign for the 届 unless it has one already,
	 * by the same rules and with the same announcement as {@link #create}. Answers whether it did.
	 */
	@Transactional
	public boolean defineIfNone(int graduationYear, String name, Instant opensAt, Instant closesAt,
			Map<Long, Instant> collegeDeadlines, String actor) {
		if (!campaigns.findByGraduationYearOrderByOpensAtDesc(graduationYear).isEmpty()) {
			return false;
		}
		create(graduationYear, new CampaignDefinition(name, opensAt, closesAt, collegeDeadlines.entrySet().stream()
			.map(e -> new Campaign.CollegeDeadline(e.getKey(), e.getValue()))
			.toList()), actor);
		return true;
	}

	/**
	 * Replaces the campaign's definition if {@code expectedVersion} is still current (409 otherwise).
	 * Extending an open campaign announces it again, once per new closing time.
	 */
	@Transactional
	CampaignView change(long id, CampaignDefinition definition, long expectedVersion, String actor) {
		Campaign campaign = find(id);
		if (campaign.getVersion() != expectedVersion) {
			throw new ConflictException("concurrent.modification");
		}
		check(campaign.getGraduationYear(), campaign.getId(), definition);
		campaign.change(definition);
		campaigns.saveAndFlush(campaign);
		audit.record(actor, "campaign.changed", "campaign", campaign.getId().toString(), details(campaign));
		announcements.announceIfOpen(campaign, Instant.now());
		windows.evict(campaign.getGraduationYear());
		return view(campaign, collegeNames());
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign.notFound"));
	}

	private void check(int graduationYear, Long self, CampaignDefinition definition) {
		List<Violation> violations = new ArrayList<>(definition.violations());
		Set<Long> known = catalog.colleges().stream().map(SchoolCatalog.College::id).collect(Collectors.toSet());
		for (int i = 0; i < definition.collegeDeadlines().size(); i++) {
			Long college = definition.collegeDeadlines().get(i).collegeId();
			if (college != null && !known.contains(college)) {
				violations.add(new Violation("collegeDeadlines[" + i + "].collegeId", "campaign.collegeDeadline.unknownCollege"));
			}
		}
		if (violations.isEmpty()) {
			campaigns.findByGraduationYearOrderByOpensAtDesc(graduationYear).stream()
				.filter(other -> !other.getId().equals(self))
				.filter(other -> other.getOpensAt().isBefore(definition.closesAt())
						&& definition.opensAt().isBefore(other.getClosesAt()))
				.findFirst()
				.ifPresent(other -> violations.add(new Violation("opensAt", "campaign.overlaps", other.getName(),
						CollectionWindow.TIME.format(other.getOpensAt()), CollectionWindow.TIME.format(other.getClosesAt()))));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private Map<Long, String> collegeNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		catalog.colleges().forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	private static Map<String, Object> details(Campaign campaign) {
		return Map.of("graduationYear", campaign.getGraduationYear(), "name", campaign.getName(), "opensAt",
				campaign.getOpensAt().toString(), "closesAt", campaign.getClosesAt().toString(), "collegeDeadlines",
				campaign.getCollegeDeadlines().entrySet().stream()
					.collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())));
	}

	private static CampaignView view(Campaign campaign, Map<Long, String> colleges) {
		Instant now = Instant.now();
		List<CampaignView.CollegeDeadlineView> deadlines = campaign.getCollegeDeadlines().entrySet().stream()
			.map(e -> new CampaignView.CollegeDeadlineView(e.getKey(), colleges.get(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparing(CampaignView.CollegeDeadlineView::deadline))
			.toList();
		CampaignView.Phase phase = now.isBefore(campaign.getOpensAt()) ? CampaignView.Phase.UPCOMING
				: now.isBefore(campaign.getClosesAt()) ? CampaignView.Phase.OPEN : CampaignView.Phase.CLOSED;
		return new CampaignView(campaign.getId(), campaign.getGraduationYear(), campaign.getName(), campaign.getOpensAt(),
				campaign.getClosesAt(), deadlines, phase, campaign.getVersion());
	}
}
