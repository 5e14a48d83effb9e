package com.gradverify.notification;

import com.gradverify.account.SignedInAccount;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知中心 ({@code /notifications}): the signed-in account's notices, opening one marks it read;
 * students' reminder settings; and a bulk reminder's delivery progress for staff.
 */
@Controller
class NotificationController {

	private static final int PAGE_SIZE = 20;

	private final NotificationCentre centre;

	private final Preferences preferences;

	private final ReminderBatches batches;

	private final MessageSource messages;

	NotificationController(NotificationCentre centre, Preferences preferences, ReminderBatches batches,
			MessageSource messages) {
		this.centre = centre;
		this.preferences = preferences;
		this.batches = batches;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String list(SignedInAccount account, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", centre.page(account.id(), page, PAGE_SIZE));
		return "notification/list";
	}

	/** Marks the notice read and opens the page it is about. */
	@PostMapping("/notifications/{id}/read")
	String read(SignedInAccount account, @PathVariable long id, @RequestParam(required = false) String next) {
		centre.markRead(account.id(), id);
		// only a plain path of this application: never an open redirect (no "//", "\\" or control characters)
		boolean local = next != null && next.matches("/(?![/\\\\])[\\w\\-./?=&#%]*");
		return "redirect:" + (local ? next : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(SignedInAccount account) {
		centre.markAllRead(account.id());
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/settings")
	@PreAuthorize("hasRole('STUDENT')")
	String settings(SignedInAccount student, Model model) {
		model.addAttribute("preferences", preferences.of(student.id()));
		return "notification/settings";
	}

	@PostMapping("/notifications/settings")
	@PreAuthorize("hasRole('STUDENT')")
	String saveSettings(SignedInAccount student, @RequestParam(defaultValue = "false") boolean remindersOff,
			@RequestParam(defaultValue = "false") boolean wechatOff, @RequestParam(defaultValue = "false") boolean smsOff,
			@RequestParam(defaultValue = "false") boolean emailOff, RedirectAttributes redirect) {
		preferences.save(student.id(), new NotificationPreferences(remindersOff, wechatOff, smsOff, emailOff));
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("notification.settings.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/notifications/settings";
	}

	@GetMapping("/notifications/reminders/{batchKey}")
	@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER', 'SCHOOL_REVIEWER', 'ADMIN')")
	String reminderProgress(SignedInAccount staff, @PathVariable String batchKey, Model model) {
		model.addAttribute("batch", batches.progress(staff, batchKey));
		model.addAttribute("channels", Channel.values());
		return "notification/reminders";
	}
}
