package com.gradverify.wechat;

import com.gradverify.account.SignedInAccount;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Dismisses a notice; the student lands on their 实名认证 page, where the result is shown. */
@Controller
class NoticeController {

	private final WeChatNotices notices;

	NoticeController(WeChatNotices notices) {
		this.notices = notices;
	}

	@PostMapping("/notices/{id}/dismiss")
	String dismiss(@PathVariable long id, SignedInAccount account) {
		notices.dismiss(account.id(), id);
		return "redirect:/verification";
	}
}
