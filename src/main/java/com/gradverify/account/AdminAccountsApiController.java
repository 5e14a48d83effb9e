package com.gradverify.account;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Staff accounts for integrations and scripts (administrators only). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(name = "账户管理", description = "创建与管理审核员、管理员账户，重置密码，停用、启用、解锁账户（仅管理员）")
class AdminAccountsApiController {

	private final StaffAccountService staff;

	private final AccountAdministration administration;

	private final ReviewerImport reviewers;

	private final AccountListing listing;

	private final GraduationYears years;

	AdminAccountsApiController(StaffAccountService staff, AccountAdministration administration,
			ReviewerImport reviewers, AccountListing listing, GraduationYears years) {
		this.staff = staff;
		this.administration = administration;
		this.reviewers = reviewers;
		this.listing = listing;
		this.years = years;
	}

	@GetMapping
	@Operation(summary = "列出账户（身份证号已脱敏），每页 " + AccountListing.PAGE_SIZE + " 个",
			description = "按用户名排序。q 匹配用户名或姓名的一部分；role 只列出该角色；graduationYear 只列出该届的学生"
					+ "（审核员和管理员不属于任何一届，总是列出）。page 从 1 开始。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "一页账户；graduationYear 为所列的届（尚无任何一届时为 null）")
	@ApiResponse(responseCode = "400", description = "graduationYear 不是 2000–2100 的年份（errors 中 field 为 graduationYear）")
	AccountList list(@Parameter(description = "用户名或姓名的一部分") @RequestParam(required = false) String q,
			@Parameter(description = "STUDENT、COLLEGE_REVIEWER、SCHOOL_REVIEWER 或 ADMIN") @RequestParam(required = false) Role role,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			@RequestParam(defaultValue = "1") int page) {
		Integer year = years.choose(graduationYear).year();
		AccountListing.Page found = listing.find(q, role, year, page);
		return new AccountList(year, found.number(), found.totalPages(), found.totalRows(), found.rows());
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看一个账户（身份证号已脱敏）", security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "404", description = "账户不存在")
	AccountListing.Row get(@PathVariable long id) {
		return listing.find(id).orElseThrow(() -> new NotFoundException("account.notFound"));
	}

	@PostMapping
	@Operation(summary = "创建审核员或管理员账户", description = "新账户首次登录时必须修改密码。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "已创建，Location 指向新账户")
	@ApiResponse(responseCode = "400", description = "字段有误（errors 中按字段列出，如学院不存在）")
	@ApiResponse(responseCode = "409", description = "用户名已存在")
	ResponseEntity<AccountListing.Row> create(@RequestBody NewAccountRequest request, SignedInAccount admin) {
		long id = staff.create(new StaffAccountService.NewStaffAccount(request.username(), request.displayName(),
				request.role(), request.college(), request.password(), true), admin.username());
		return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + id)).body(get(id));
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "重置密码",
			description = "学生恢复为默认密码（身份证号后六位）；审核员和管理员得到一个随机生成的临时密码，只在本次应答中出现一次。"
					+ "两者下次登录时都须修改密码；该账户的会话和访问令牌随即失效，登录失败造成的锁定也一并解除。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已重置")
	@ApiResponse(responseCode = "404", description = "账户不存在")
	ResponseEntity<PasswordResetResponse> resetPassword(@PathVariable long id, SignedInAccount admin) {
		var reset = administration.resetPassword(id, admin.username());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new PasswordResetResponse(reset.accountId(), reset.username(), reset.temporaryPassword()));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "停用账户", description = "停用后不能登录，现有会话和访问令牌立即失效。已停用的账户再停用不变。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已停用，返回账户")
	@ApiResponse(responseCode = "404", description = "账户不存在")
	@ApiResponse(responseCode = "409", description = "最后一个启用的管理员不能停用（code account.lastAdmin）")
	AccountListing.Row disable(@PathVariable long id, SignedInAccount admin) {
		administration.disable(id, admin.username());
		return get(id);
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "启用账户", description = "启用后可用原密码登录；停用前的会话和访问令牌不会恢复。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已启用，返回账户")
	@ApiResponse(responseCode = "404", description = "账户不存在")
	AccountListing.Row enable(@PathVariable long id, SignedInAccount admin) {
		administration.enable(id, admin.username());
		return get(id);
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "解锁账户", description = "解除密码错误次数过多造成的锁定，账户本人可立即登录。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已解锁，返回账户")
	@ApiResponse(responseCode = "404", description = "账户不存在")
	AccountListing.Row unlock(@PathVariable long id, SignedInAccount admin) {
		administration.unlock(id, admin.username());
		return get(id);
	}

	@PutMapping("/{id}/college")
	@Operation(summary = "更改学院审核员的学院",
			description = "此后该审核员审核新学院的申请；其现有会话随即失效，重新登录后生效。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已更改，返回账户")
	@ApiResponse(responseCode = "400", description = "学院未填写或不存在（errors 中 field 为 college）")
	@ApiResponse(responseCode = "404", description = "没有这个学院审核员账户")
	AccountListing.Row changeCollege(@PathVariable long id, @RequestBody CollegeChangeRequest request,
			SignedInAccount admin) {
		administration.changeCollege(id, request.college(), admin.username());
		return get(id);
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "从 XLSX 文件批量创建审核员",
			description = "文件首行为表头：用户名、姓名、角色（学院审核员或学校审核员）、学院；每行一个账户，至多 "
					+ ReviewerImport.MAX_ROWS + " 行，文件至多 " + ReviewerImport.MAX_FILE_KILOBYTES + " KB。"
					+ "有效的行即创建，每个新账户的初始密码随机生成，只在本次应答中出现一次，首次登录时须修改；"
					+ "其余的行在 problems 中按行、列给出原因（含文件内重复和已存在的用户名）。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "已处理：created 为新建的账户，problems 为未创建的行及原因")
	@ApiResponse(responseCode = "400", description = "文件缺失、过大、无法读取、缺少表头或行数过多（errors 中 field 为 file），未创建任何账户")
	ResponseEntity<ReviewerImportReport> importReviewers(@RequestParam(required = false) MultipartFile file,
			SignedInAccount admin) throws IOException {
		try (InputStream content = file == null ? null : file.getInputStream()) {
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(reviewers.run(file == null ? 0 : file.getSize(), content, admin.username()));
		}
	}

	record NewAccountRequest(@Schema(description = "用户名：3–64 位字母、数字或 _ . -") String username,
			@Schema(description = "姓名") String displayName,
			@Schema(description = "角色", allowableValues = { "COLLEGE_REVIEWER", "SCHOOL_REVIEWER", "ADMIN" }) Role role,
			@Schema(description = "学院名称（与学籍库中的院系名称一致），仅学院审核员必填") String college,
			@Schema(description = "初始密码：8–64 位，须同时包含字母和数字；不能是常见密码，不能包含用户名") String password) {
	}

	/** A page of the account list; {@code graduationYear} is the 届 whose students it lists. */
	record AccountList(Integer graduationYear, int page, int totalPages, long totalRows, List<AccountListing.Row> items) {
	}

	record CollegeChangeRequest(@Schema(description = "新学院的名称（与学籍库中的院系名称一致）") String college) {
	}

	record PasswordResetResponse(long accountId, String username,
			@Schema(description = "审核员、管理员的临时密码，只出现这一次；学生为 null（已恢复为默认密码）",
					nullable = true) String temporaryPassword) {
	}
}
