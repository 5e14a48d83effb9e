package com.gradverify.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.account.Role;
import com.gradverify.account.StaffAccounts;
import com.gradverify.campaign.Campaigns;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.MajorRef;
import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo school 湘江大学 on the first start of the demo profile: a generated registry of
 * the class of 2027 imported through the real import, the staff accounts the README lists, and a
 * term under way (see {@link DemoApplications}).
 * Later starts find the data and leave it alone.
 */
@Component
@Profile("demo")
class DemoSchool {

	static final int GRADUATION_YEAR = 2027;

	static final int GRADUATES = 2_000;

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final List<String> COLLEGE_REVIEWERS = List.of("cs01", "em01", "lit01", "chem01");

	private final RegistryImports imports;

	private final StaffAccounts staff;

	private final SchoolCatalog catalog;

	private final DemoApplications applications;

	private final Campaigns campaigns;

	DemoSchool(RegistryImports imports, StaffAccounts staff, SchoolCatalog catalog, DemoApplications applications,
			Campaigns campaigns) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.imports = imports;
		this.staff = staff;
		this.catalog = catalog;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() throws InterruptedException, IOException {
		boolean firstStart = imports.recent().isEmpty();
		Path registry = firstStart ? importRegistry() : null;
		try {
			// the reviewers' colleges exist even where the registry has not named them (yet)
			catalog.registerAll(SyntheticRegistry.COLLEGES.stream().map(SyntheticRegistry.DemoCollege::name).toList(),
					SyntheticRegistry.COLLEGES.stream()
						.flatMap(c -> c.majors().stream().map(m -> new MajorRef(m.code(), m.name(), c.name())))
						.toList());
			// demo convenience: these documented passwords need no change at first login
			staff.createIfAbsent("admin", "系统管理员", Role.ADMIN, null, "Guanli@2027", false);
			staff.createIfAbsent("school", "学校审核员", Role.SCHOOL_REVIEWER, null, "Shenhe@2027", false);
			for (int i = 0; i < COLLEGE_REVIEWERS.size(); i++) {
				String college = SyntheticRegistry.COLLEGES.get(i).name();
				staff.createIfAbsent(COLLEGE_REVIEWERS.get(i), college + "辅导员", Role.COLLEGE_REVIEWER, college,
						"College@2027", false);
			}
			openCampaign();
			if (registry != null) {
				applications.fileSome(registry, GRADUATION_YEAR, COLLEGE_REVIEWERS);
			}
		}
		finally {
			if (registry != null) {
				Files.deleteIfExists(registry);
			}
		}
	}

	/**
	 * The 2027届 采集批次, open since yesterday until four weeks from now, with 经济管理学院's own deadline
	 * ten days away, so that the students' pages show a countdown; defined when the 届 has no campaign
	 * (a later start keeps the one it has, which may have closed meanwhile: edit it on /admin/campaigns).
	 */
	private void openCampaign() {
		ZonedDateTime today = LocalDate.now(CHINA).atTime(17, 0).atZone(CHINA);
		Long economics = catalog.collegeByName(SyntheticRegistry.COLLEGES.get(1).name()).map(SchoolCatalog.College::id)
			.orElseThrow();
		if (campaigns.defineIfNone(GRADUATION_YEAR, "湘江大学2027届毕业生生源信息采集",
				today.minusDays(1).withHour(9).toInstant(), today.plusWeeks(4).toInstant(),
				Map.of(economics, today.plusDays(10).toInstant()), "demo")) {
			log.info("Demo campaign for {} opened", GRADUATION_YEAR);
		}
	}

	/** Generates and imports the demo registry; returns the file, which the caller deletes. */
	private Path importRegistry() throws InterruptedException, IOException {
		Path file = Files.createTempFile("demo-registry", ".csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			SyntheticRegistry.writeCsv(out, GRADUATION_YEAR, GRADUATES, 2027);
		}
		UUID id;
		try (InputStream in = Files.newInputStream(file)) {
			id = imports.start("湘江大学2027届学籍库.csv", Files.size(file), in, GRADUATION_YEAR, "demo");
		}
		ImportStatus status = awaitImport(id);
		log.info("Demo registry imported: {} inserted, {} rejected", status.inserted(), status.rejected());
		return file;
	}

	private ImportStatus awaitImport(UUID id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		ImportStatus status = imports.status(id).orElseThrow();
		while (status.running() && System.nanoTime() < deadline) {
			Thread.sleep(200);
			status = imports.status(id).orElseThrow();
		}
		return status;
	}
}
