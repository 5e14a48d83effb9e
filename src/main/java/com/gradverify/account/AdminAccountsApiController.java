package com.gradverify.account;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts for integrations and scripts (administrators only). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(name = "账户管理", description = "创建审核员与管理员账户（仅管理员）")
class AdminAccountsApiController {

	private final StaffAccountService staff;

	private final AccountListing listing;

	AdminAccountsApiController(StaffAccountService staff, AccountListing listing) {
		this.staff = staff;
		this.listing = listing;
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

	record NewAccountRequest(@Schema(description = "用户名：3–64 位字母、数字或 _ . -") String username,
			@Schema(description = "姓名") String displayName,
			@Schema(description = "角色", allowableValues = { "COLLEGE_REVIEWER", "SCHOOL_REVIEWER", "ADMIN" }) Role role,
			@Schema(description = "学院名称（与学籍库中的院系名称一致），仅学院审核员必填") String college,
			@Schema(description = "初始密码：8–64 位，须同时包含字母和数字；不能是常见密码，不能包含用户名") String password) {
	}
}
