package com.gradverify.account;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.shared.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens, the signed-in account, and changing one's own password, over JSON. */
@RestController
@RequestMapping("/api/v1")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
@Tag(name = "账户", description = "登录令牌、当前账户与修改密码")
class AuthApiController {

	private final Authenticator authenticator;

	private final ApiTokens tokens;

	private final PasswordChanges passwords;

	private final SessionPrincipals sessions;

	private final MessageSource messages;

	AuthApiController(Authenticator authenticator, ApiTokens tokens, PasswordChanges passwords,
			SessionPrincipals sessions, MessageSource messages) {
		this.authenticator = authenticator;
		this.tokens = tokens;
		this.passwords = passwords;
		this.sessions = sessions;
		this.messages = messages;
	}

	@PostMapping("/auth/token")
	@Operation(summary = "用用户名和密码换取访问令牌",
			description = "令牌放在请求头 Authorization: Bearer <token> 中使用。同一用户名从同一地址连续失败达到上限后，"
					+ "该用户名在这个地址被锁定一段时间；同一地址对各用户名的失败总数达到上限后，这个地址被锁定一段时间。")
	@ApiResponse(responseCode = "200", description = "令牌及其过期时间")
	@ApiResponse(responseCode = "401", description = "用户名或密码错误（code=BAD_CREDENTIALS）")
	@ApiResponse(responseCode = "423", description = "该用户名在此地址已锁定（code=ACCOUNT_LOCKED，minutes=剩余分钟数）")
	@ApiResponse(responseCode = "429", description = "此地址登录失败过多，已锁定（code=ADDRESS_LOCKED，minutes=剩余分钟数，"
			+ "Retry-After=剩余秒数）")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest httpRequest) {
		AccountPrincipal principal = authenticator.authenticate(request.username(), request.password(),
				httpRequest.getRemoteAddr());
		ApiTokens.IssuedToken issued = tokens.issue(principal.account().id());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@GetMapping("/me")
	@Operation(summary = "当前登录的账户", security = @SecurityRequirement(name = "bearer"))
	MeResponse me(@AuthenticationPrincipal AccountPrincipal principal) {
		return MeResponse.of(principal);
	}

	@PostMapping("/me/password")
	@Operation(summary = "修改自己的密码", description = "首次登录（默认密码）时，这是唯一可以调用的接口。"
					+ "修改后，该账户的其他登录会话和访问令牌随即失效；发起修改的会话或令牌继续有效。",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "已修改")
	@ApiResponse(responseCode = "400", description = "当前密码错误或新密码不符合规则（errors 中按字段列出）")
	ResponseEntity<Void> changePassword(Authentication authentication, @RequestBody PasswordChangeRequest request,
			HttpServletRequest httpRequest, HttpServletResponse httpResponse) {
		var principal = (AccountPrincipal) authentication.getPrincipal();
		AccountPrincipal changed = passwords.change(principal.account().id(), request.currentPassword(),
				request.newPassword(), null, BearerTokenFilter.tokenId(authentication), httpRequest.getRemoteAddr());
		sessions.replace(changed, httpRequest, httpResponse);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(AccountLockedException.class)
	ResponseEntity<ProblemDetail> locked(AccountLockedException ex) {
		// a locked address is a rate limit of the client, a locked username at that address a locked resource
		HttpStatus status = ex.byAddress() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.LOCKED;
		ProblemDetail problem = Problems.of(status, ex.byAddress() ? "ADDRESS_LOCKED" : "ACCOUNT_LOCKED",
				messages.getMessage(ex.messageCode(), new Object[] { ex.minutesRemaining() },
						LocaleContextHolder.getLocale()));
		problem.setProperty("minutes", ex.minutesRemaining());
		var response = ResponseEntity.status(status);
		if (ex.byAddress()) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.minutesRemaining() * 60));
		}
		return response.body(problem);
	}

	@ExceptionHandler(BadCredentialsException.class)
	ResponseEntity<ProblemDetail> badCredentials() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS",
					messages.getMessage("login.error.badCredentials", null, LocaleContextHolder.getLocale())));
	}

	record TokenRequest(@NotBlank @Schema(description = "用户名（学生为学号）") String username,
			@NotBlank @Schema(description = "密码") String password) {
	}

	record TokenResponse(@Schema(description = "访问令牌") String token,
			@Schema(description = "过期时间（ISO-8601）") Instant expiresAt) {
	}

	record PasswordChangeRequest(@Schema(description = "当前密码（首次登录时为默认密码）") String currentPassword,
			@Schema(description = "新密码：8–64 位，须同时包含字母和数字；不能是常见密码，不能包含学号、默认密码或身份证号中连续 6 位") String newPassword) {
	}

	/** The signed-in account as clients see it; the 身份证号 is deliberately absent. */
	record MeResponse(long id, String username, String displayName, Role role, Long collegeId, Integer graduationYear,
			@Schema(description = "为 true 时须先修改密码") boolean passwordChangeRequired) {

		static MeResponse of(AccountPrincipal principal) {
			SignedInAccount a = principal.account();
			return new MeResponse(a.id(), a.username(), a.displayName(), a.role(), a.collegeId(), a.graduationYear(),
					principal.passwordChangeRequired());
		}
	}
}
