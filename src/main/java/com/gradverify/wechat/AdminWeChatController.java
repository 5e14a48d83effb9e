package com.gradverify.wechat;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator unbinds a student's WeChat on request (a lost phone, a new WeChat account),
 * giving the reason, which the audit trail keeps. /admin/** is for administrators only.
 */
@Controller
@RequestMapping("/admin/wechat")
class AdminWeChatController {

	private final StudentAccounts students;

	private final WeChatBindings bindings;

	private final MessageSource messages;

	AdminWeChatController(StudentAccounts students, WeChatBindings bindings, MessageSource messages) {
		this.students = students;
		this.bindings = bindings;
		this.messages = messages;
	}

	@GetMapping
	String find(@RequestParam(required = false) String studentNo, Model model) {
		return page(studentNo, null, null, model);
	}

	@PostMapping("/unbind")
	String unbind(@RequestParam String studentNo, @RequestParam(required = false) String reason,
			SignedInAccount admin, Model model, RedirectAttributes redirect) {
		try {
			String key = bindings.unbindByAdmin(studentNo, reason, admin) ? "wechat.unbind.done"
					: "wechat.unbind.notBound";
			redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		}
		catch (RuleViolationException ex) {
			return page(studentNo, reason, "wechat.admin.reason.required", model);
		}
		redirect.addAttribute("studentNo", HalfWidth.normalize(studentNo));
		return "redirect:/admin/wechat";
	}

	private String page(String studentNo, String reason, String reasonError, Model model) {
		String normalised = HalfWidth.normalize(studentNo);
		model.addAttribute("studentNo", normalised);
		model.addAttribute("reason", reason);
		model.addAttribute("reasonError", reasonError);
		if (normalised != null && !normalised.isEmpty()) {
			var student = students.findStudent(normalised);
			model.addAttribute("searched", true);
			model.addAttribute("student", student.orElse(null));
			model.addAttribute("binding", student.flatMap(s -> bindings.bindingOf(s.id())).orElse(null));
		}
		return "wechat/admin";
	}
}
