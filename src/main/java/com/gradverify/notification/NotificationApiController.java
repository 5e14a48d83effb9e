package com.gradverify.notification;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.notification.NotificationCentre.NotificationPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notification centre and, for students, which reminders they receive. */
@RestController
@Tag(name = "通知中心", description = "Every notice of the signed-in account (decisions on the caller's applications and "
		+ "申请异动, campaign openings, reminders, the reviewers' daily digest), newest first, with the unread count.")
class NotificationApiController {

	private final NotificationCentre centre;

	private final Preferences preferences;

	NotificationApiController(NotificationCentre centre, Preferences preferences) {
		this.centre = centre;
		this.preferences = preferences;
	}

	@GetMapping("/api/v1/me/notifications")
	@Operation(summary = "A page of the caller's notices",
			description = "page from 0, size 1 to 100 (default 20). Each item has id, topic (DECISION, REMINDER, DIGEST, "
					+ "SECURITY), title (short), text, link (a page of this application), createdAt and read; unread "
					+ "counts all unread notices, total all notices.")
	NotificationPage list(SignedInAccount account, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return centre.page(account.id(), page, size);
	}

	@PostMapping("/api/v1/me/notifications/{id}/read")
	@Operation(summary = "Mark one notice read",
			description = "204; a notice that is not the caller's is a 404 problem, like one that does not exist.")
	ResponseEntity<Void> read(SignedInAccount account, @PathVariable long id) {
		centre.markRead(account.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/me/notifications/read-all")
	@Operation(summary = "Mark every notice of the caller read", description = "Answers how many were unread.")
	Map<String, Integer> readAll(SignedInAccount account) {
		return Map.of("marked", centre.markAllRead(account.id()));
	}

	@GetMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("hasRole('STUDENT')")
	@Operation(summary = "Which reminders the student receives",
			description = "remindersOff stops reminders (campaign openings, deadlines, staff reminders) on every channel; "
					+ "wechatOff, smsOff and emailOff stop them on one. Decision notices always go out, and every notice "
					+ "stays in the notification centre.")
	NotificationPreferences preferences(SignedInAccount student) {
		return preferences.of(student.id());
	}

	@PutMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("hasRole('STUDENT')")
	@Operation(summary = "Change which reminders the student receives",
			description = "A field left out keeps its value. Answers the preferences saved.")
	NotificationPreferences savePreferences(SignedInAccount student, @RequestBody PreferencesChange change) {
		NotificationPreferences chosen = change.applyTo(preferences.of(student.id()));
		preferences.save(student.id(), chosen);
		return chosen;
	}

	/** What a client changes; null (left out) keeps the current value. */
	record PreferencesChange(Boolean remindersOff, Boolean wechatOff, Boolean smsOff, Boolean emailOff) {

		NotificationPreferences applyTo(NotificationPreferences current) {
			return new NotificationPreferences(or(remindersOff, current.remindersOff()), or(wechatOff, current.wechatOff()),
					or(smsOff, current.smsOff()), or(emailOff, current.emailOff()));
		}

		private static boolean or(Boolean chosen, boolean current) {
			return chosen == null ? current : chosen;
		}
	}
}
