package com.gradverify.wechat;

import com.gradverify.account.SignedInAccount;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 账户设置 → 微信绑定: a student sees whether their account is bound to WeChat, and to which
 * (masked) openid since when, the latest new bindings, and can unbind it.
 */
@Controller
@PreAuthorize("hasRole('STUDENT')")
class WeChatAccountController {

	private final WeChatBindings bindings;

	private final MessageSource messages;

	WeChatAccountController(WeChatBindings bindings, MessageSource messages) {
		this.bindings = bindings;
		this.messages = messages;
	}

	@GetMapping("/account/wechat")
	String show(SignedInAccount student, Model model) {
		model.addAttribute("binding", bindings.bindingOf(student.id()).orElse(null));
		model.addAttribute("recentBindings", bindings.recentBindings(student.id()));
		return "wechat/account";
	}

	@PostMapping("/account/wechat/unbind")
	String unbind(SignedInAccount student, RedirectAttributes redirect) {
		String key = bindings.unbindOwn(student) ? "wechat.unbind.done" : "wechat.unbind.notBound";
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/account/wechat";
	}
}
