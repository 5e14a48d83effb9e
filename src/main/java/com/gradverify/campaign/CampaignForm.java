package com.gradverify.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.campaign.Campaign.CollegeDeadline;
import com.gradverify.reference.SchoolCatalog;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The campaign page's form: times as the browser's {@code datetime-local} writes them, in China's time,
 * and one row per college whose deadline may be left blank (the campaign's closing time then counts).
 */
class CampaignForm {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String MINUTES = "yyyy-MM-dd'T'HH:mm";

	private Integer graduationYear;

	private String name;

	@DateTimeFormat(pattern = MINUTES)
	private LocalDateTime opensAt;

	@DateTimeFormat(pattern = MINUTES)
	private LocalDateTime closesAt;

	private List<Row> deadlines = new ArrayList<>();

	private long version;

	/** An empty form with a row for each college. */
	static CampaignForm blank(List<SchoolCatalog.College> colleges) {
		var form = new CampaignForm();
		colleges.forEach(c -> form.deadlines.add(new Row(c.id(), c.name(), null)));
		return form;
	}

	static CampaignForm of(CampaignView campaign, List<SchoolCatalog.College> colleges) {
		var form = new CampaignForm();
		form.graduationYear = campaign.graduationYear();
		form.name = campaign.name();
		form.opensAt = local(campaign.opensAt());
		form.closesAt = local(campaign.closesAt());
		form.version = campaign.version();
		colleges.forEach(c -> form.deadlines.add(new Row(c.id(), c.name(),
				campaign.collegeDeadlines().stream().filter(d -> d.collegeId() == c.id()).findFirst()
					.map(d -> local(d.deadline())).orElse(null))));
		return form;
	}

	/** The college names again after a post, which carries only the ids. */
	void nameColleges(List<SchoolCatalog.College> colleges) {
		deadlines.forEach(row -> colleges.stream().filter(c -> c.id() == row.getCollegeId()).findFirst()
			.ifPresent(c -> row.setCollegeName(c.name())));
	}

	CampaignDefinition definition() {
		List<CollegeDeadline> filled = new ArrayList<>();
		for (Row row : deadlines) {
			if (row.getDeadline() != null) {
				filled.add(new CollegeDeadline(row.getCollegeId(), instant(row.getDeadline())));
			}
		}
		return new CampaignDefinition(name, instant(opensAt), instant(closesAt), filled);
	}

	/**
	 * The form's field for a definition's: {@code collegeDeadlines[1].deadline} is the second filled row,
	 * which is {@code deadlines[i].deadline} of the page.
	 */
	String fieldOf(String definitionField) {
		if (!definitionField.startsWith("collegeDeadlines[")) {
			return definitionField;
		}
		int index = Integer.parseInt(definitionField.substring("collegeDeadlines[".length(), definitionField.indexOf(']')));
		int filled = -1;
		for (int i = 0; i < deadlines.size(); i++) {
			if (deadlines.get(i).getDeadline() != null && ++filled == index) {
				return "deadlines[" + i + "].deadline";
			}
		}
		return null;
	}

	private static Instant instant(LocalDateTime time) {
		return time == null ? null : time.atZone(CHINA).toInstant();
	}

	private static LocalDateTime local(Instant time) {
		return LocalDateTime.ofInstant(time, CHINA);
	}

	public Integer getGraduationYear() { return graduationYear; }
	public void setGraduationYear(Integer graduationYear) { this.graduationYear = graduationYear; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public LocalDateTime getOpensAt() { return opensAt; }
	public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
	public LocalDateTime getClosesAt() { return closesAt; }
	public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
	public List<Row> getDeadlines() { return deadlines; }
	public void setDeadlines(List<Row> deadlines) { this.deadlines = deadlines; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	/** One college's row: its own deadline, or blank. */
	public static class Row {

		private long collegeId;

		private String collegeName;

		@DateTimeFormat(pattern = MINUTES)
		private LocalDateTime deadline;

		public Row() {
		}

		Row(long collegeId, String collegeName, LocalDateTime deadline) {
			this.collegeId = collegeId;
			this.collegeName = collegeName;
			this.deadline = deadline;
		}

		public long getCollegeId() { return collegeId; }
		public void setCollegeId(long collegeId) { this.collegeId = collegeId; }
		public String getCollegeName() { return collegeName; }
		public void setCollegeName(String collegeName) { this.collegeName = collegeName; }
		public LocalDateTime getDeadline() { return deadline; }
		public void setDeadline(LocalDateTime deadline) { this.deadline = deadline; }
	}
}
