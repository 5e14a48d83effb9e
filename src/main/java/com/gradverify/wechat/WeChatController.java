package com.gradverify.wechat;

import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.account.SessionLogin;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.verification.BindingOutcome;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The WeChat channel's entry: {@code /wx/entry} is the URL the official account's menu opens. It
 * sends the phone through WeChat's silent authorization (snsapi_base) and back to
 * {@code /wx/callback}, which signs a bound student in or opens the binding page {@code /wx/bind}.
 * Anything that goes wrong ends on a page that says what happened and offers to try again. Every
 * URL handed to WeChat or called on the server comes from the configuration ({@link WeChatEndpoints}),
 * never from the request's {@code Host} header, which the client chooses.
 */
@Controller
@RequestMapping("/wx")
@ConditionalOnBooleanProperty("gradverify.wechat.enabled")
class WeChatController {

	private static final Logger log = LoggerFactory.getLogger(WeChatController.class);

	private static final String START_PAGE = "redirect:/verification";

	private final WeChatEndpoints endpoints;

	private final WeChatOAuthClient client;

	private final WeChatBindings bindings;

	private final SessionLogin sessionLogin;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final OAuthStates states;

	WeChatController(WeChatEndpoints endpoints, WeChatOAuthClient client, WeChatBindings bindings,
			SessionLogin sessionLogin, ReferenceData reference, MessageSource messages, WeChatProperties properties) {
		this.endpoints = endpoints;
		this.client = client;
		this.bindings = bindings;
		this.sessionLogin = sessionLogin;
		this.reference = reference;
		this.messages = messages;
		this.states = new OAuthStates(properties.stateLifetime(), Clock.systemUTC());
	}

	@GetMapping("/entry")
	ResponseEntity<Void> entry(HttpServletRequest request) {
		String state = states.issue(request.getSession());
		URI authorize = endpoints.authorizeUrl(state);
		return ResponseEntity.status(HttpStatus.FOUND).location(authorize).cacheControl(CacheControl.noStore()).build();
	}

	@GetMapping("/callback")
	String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		OAuthStates.Check check = states.consume(request.getSession(false), state);
		if (check != OAuthStates.Check.VALID) {
			log.info("WeChat callback refused: state {}", check);
			return error(model, response, HttpStatus.BAD_REQUEST,
					check == OAuthStates.Check.EXPIRED ? "wechat.error.stateExpired" : "wechat.error.stateInvalid");
		}
		if (code == null || code.isBlank()) {
			return error(model, response, HttpStatus.BAD_REQUEST, "wechat.error.noCode");
		}
		String openid;
		try {
			openid = client.openIdFor(endpoints.apiBaseUrl(), code);
		}
		catch (WeChatException ex) {
			return switch (ex.kind()) {
				case INVALID_CODE -> error(model, response, HttpStatus.BAD_REQUEST, "wechat.error.invalidCode");
				case CODE_USED -> error(model, response, HttpStatus.BAD_REQUEST, "wechat.error.codeUsed");
				case REFUSED -> error(model, response, HttpStatus.BAD_GATEWAY, "wechat.error.refused");
				case UNAVAILABLE -> error(model, response, HttpStatus.SERVICE_UNAVAILABLE, "wechat.error.unavailable");
			};
		}
		var account = bindings.accountOf(openid);
		if (account.isEmpty()) {
			VerifiedOpenId.remember(request.getSession(), openid);
			return "redirect:/wx/bind";
		}
		return signIn(account.get(), request, response, model);
	}

	@GetMapping("/bind")
	String bindPage(HttpSession session, HttpServletResponse response, Model model) {
		if (VerifiedOpenId.of(session).isEmpty()) {
			return error(model, response, HttpStatus.BAD_REQUEST, "wechat.error.notFromWeChat");
		}
		return bindPage(model, new WeChatBindForm());
	}

	@PostMapping("/bind")
	String bind(@ModelAttribute("form") WeChatBindForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var openid = VerifiedOpenId.of(request.getSession(false));
		if (openid.isEmpty()) {
			return error(model, response, HttpStatus.BAD_REQUEST, "wechat.error.notFromWeChat");
		}
		if (errors.hasErrors()) {
			return bindPage(model, form);
		}
		BindOutcome outcome;
		try {
			outcome = bindings.bind(openid.get(), form, request.getRemoteAddr());
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.args(), null));
			return bindPage(model, form);
		}
		catch (TooManyAttemptsException ex) {
			model.addAttribute("flashError", text(ex.messageCode(), ex.args()));
			return bindPage(model, form);
		}
		return switch (outcome.result()) {
			case BOUND -> {
				VerifiedOpenId.forget(request.getSession());
				String page = signIn(outcome.accountId(), request, response, model);
				redirect.addFlashAttribute("flashSuccess", text(outcome.registry() == BindingOutcome.BOUND
						? "wechat.bind.doneWithRecord" : "wechat.bind.done"));
				if (outcome.registry() == BindingOutcome.RECORD_TAKEN) {
					redirect.addFlashAttribute("flashError", text("binding.recordTaken"));
				}
				yield page;
			}
			case NO_MATCH, ACCOUNT_TAKEN -> {
				model.addAttribute("outcome", outcome.result().name());
				yield bindPage(model, form);
			}
			// bound meanwhile (another tab): go through WeChat again, which signs in
			case OPENID_TAKEN -> "redirect:/wx/entry";
		};
	}

	private String signIn(long accountId, HttpServletRequest request, HttpServletResponse response, Model model) {
		return switch (sessionLogin.signIn(accountId, request, response)) {
			case SIGNED_IN -> START_PAGE;
			case LOCKED -> error(model, response, HttpStatus.FORBIDDEN, "wechat.error.locked");
			case DISABLED, UNKNOWN -> error(model, response, HttpStatus.FORBIDDEN, "wechat.error.disabled");
		};
	}

	private String bindPage(Model model, WeChatBindForm form) {
		model.addAttribute("form", form);
		model.addAttribute("educationLevels", reference.entries(CodeTable.EDUCATION_LEVEL));
		return "wechat/bind";
	}

	private static String error(Model model, HttpServletResponse response, HttpStatus status, String messageKey) {
		response.setStatus(status.value());
		model.addAttribute("messageKey", messageKey);
		return "wechat/error";
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
