package com.gradverify.campaign;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.campaign.Campaign.CollegeDeadline;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 采集批次 for integrations and scripts (administrators and school reviewers). */
@RestController
@RequestMapping("/api/v1/admin/campaigns")
@Tag(name = "采集批次", description = "按届设定实名认证的开放时间、截止时间和各学院的截止时间（管理员、学校审核）。"
		+ "窗口之外学生只能查看，提交与撤回得到 409 COLLECTION_CLOSED；没有任何批次的届始终开放。")
class CampaignsApiController {

	private final Campaigns campaigns;

	private final Readiness readiness;

	private final org.springframework.context.MessageSource messages;

	CampaignsApiController(Campaigns campaigns, Readiness readiness, org.springframework.context.MessageSource messages) {
		this.campaigns = campaigns;
		this.readiness = readiness;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "列出全部采集批次", description = "新的届在前，同一届内开放时间晚的在前。",
			security = @SecurityRequirement(name = "bearer"))
	List<CampaignView> list() {
		return campaigns.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看一个采集批次", security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "404", description = "批次不存在（code campaign.notFound）")
	CampaignView get(@PathVariable long id) {
		return campaigns.get(id);
	}

	@GetMapping("/{id}/readiness")
	@Operation(summary = "开放前检查",
			description = "该届学籍库是否已导入、每条学籍记录是否都有学生账户、每个学院是否都有学院审核员（blocking：不通过时不宜开放），"
					+ "以及已完成首次登录的学生人数（仅供参考）；每项附处理办法和处理页面 fixAt。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "404", description = "批次不存在")
	ReadinessDocument readiness(@PathVariable long id) {
		Readiness.Report report = readiness.of(id);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return new ReadinessDocument(id, report.ready(), report.checks().stream().map(c -> {
			String key = "campaign.readiness." + c.kind();
			return new ReadinessDocument.CheckDocument(c.kind().name(), c.ok(), c.blocking(),
					messages.getMessage(key + (c.ok() ? ".ok" : ".fix"), c.argsArray(), locale),
					c.ok() ? null : messages.getMessage(key + ".how", null, locale), c.fixAt());
		}).toList());
	}

	@PostMapping
	@Operation(summary = "创建采集批次",
			description = "closesAt 须晚于 opensAt；各学院的 deadline 须在窗口之内（晚于开放时间，不晚于截止时间）；"
					+ "同一届的批次时间不得重叠。时间带时区偏移，如 2027-03-01T09:00:00+08:00。"
					+ "创建时已在开放期内的批次随即通知该届学生（CampaignOpened）。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "已创建，Location 指向新批次")
	@ApiResponse(responseCode = "400", description = "字段有误，errors 中按字段列出（如 closesAt、collegeDeadlines[0].collegeId 学院不存在、"
			+ "opensAt 与已有批次重叠）")
	ResponseEntity<CampaignView> create(@RequestBody NewCampaignRequest request, SignedInAccount staff) {
		if (request.graduationYear() == null || request.graduationYear() < GraduationYears.MIN
				|| request.graduationYear() > GraduationYears.MAX) {
			throw new GraduationYears.InvalidGraduationYearException();
		}
		CampaignView created = campaigns.create(request.graduationYear(), new CampaignDefinition(request.name(),
				instant(request.opensAt()), instant(request.closesAt()), deadlines(request.collegeDeadlines())),
				staff.username());
		return ResponseEntity.created(URI.create("/api/v1/admin/campaigns/" + created.id())).body(created);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "修改采集批次",
			description = "只改所给的字段（null 或未给的保持不变；collegeDeadlines 给出时整体替换，[] 清空）。version 必填，"
					+ "须为读取时的 version，否则 409 concurrent.modification。开放期内延长截止时间会再次通知该届学生。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已修改，返回批次（新的 version）")
	@ApiResponse(responseCode = "400", description = "字段有误，errors 中按字段列出")
	@ApiResponse(responseCode = "404", description = "批次不存在")
	@ApiResponse(responseCode = "409", description = "批次已被他人修改（code concurrent.modification）")
	CampaignView change(@PathVariable long id, @RequestBody CampaignChangeRequest request, SignedInAccount staff) {
		if (request.version() == null) {
			throw new RuleViolationException("version", "campaign.version.required");
		}
		CampaignView current = campaigns.get(id);
		var definition = new CampaignDefinition(request.name() != null ? request.name() : current.name(),
				request.opensAt() != null ? request.opensAt().toInstant() : current.opensAt(),
				request.closesAt() != null ? request.closesAt().toInstant() : current.closesAt(),
				request.collegeDeadlines() != null ? deadlines(request.collegeDeadlines())
						: current.collegeDeadlines().stream()
							.map(d -> new CollegeDeadline(d.collegeId(), d.deadline()))
							.toList());
		return campaigns.change(id, definition, request.version(), staff.username());
	}

	private static java.time.Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static List<CollegeDeadline> deadlines(List<CollegeDeadlineRequest> requested) {
		return requested == null ? List.of()
				: requested.stream()
					.map(d -> d == null ? new CollegeDeadline(null, null)
							: new CollegeDeadline(d.collegeId(), instant(d.deadline())))
					.toList();
	}

	@Schema(description = "开放前检查的结果；ready 为 true 时没有 blocking 的检查项不通过")
	record ReadinessDocument(long campaignId, boolean ready, List<CheckDocument> checks) {

		@Schema(description = "一项检查：kind 为 REGISTRY、ACCOUNTS、REVIEWERS 或 SIGNED_IN；message 说明结果，"
				+ "howToFix 在不通过时说明处理办法，fixAt 为处理页面")
		record CheckDocument(String kind, boolean ok, boolean blocking, String message, String howToFix, String fixAt) {
		}
	}

	@Schema(description = "一个新的采集批次")
	record NewCampaignRequest(@Schema(description = "届（毕业年份）", example = "2027") Integer graduationYear,
			@Schema(description = "名称，如 2027届毕业生生源信息采集", maxLength = 100) String name,
			@Schema(description = "开放时间（含）") OffsetDateTime opensAt,
			@Schema(description = "截止时间（此刻起不能再提交）") OffsetDateTime closesAt,
			@Schema(description = "各学院自己的截止时间（可选，须在窗口之内）") List<CollegeDeadlineRequest> collegeDeadlines) {
	}

	@Schema(description = "对采集批次的修改：只改给出的字段")
	record CampaignChangeRequest(@Schema(description = "读取时的 version", requiredMode = Schema.RequiredMode.REQUIRED) Long version,
			@Schema(description = "名称", maxLength = 100) String name, @Schema(description = "开放时间") OffsetDateTime opensAt,
			@Schema(description = "截止时间") OffsetDateTime closesAt,
			@Schema(description = "给出时整体替换各学院的截止时间") List<CollegeDeadlineRequest> collegeDeadlines) {
	}

	@Schema(description = "一个学院自己的截止时间")
	record CollegeDeadlineRequest(@Schema(description = "学院 id") Long collegeId,
			@Schema(description = "该学院的截止时间") OffsetDateTime deadline) {
	}
}
