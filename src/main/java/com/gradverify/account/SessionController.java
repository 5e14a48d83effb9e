package com.gradverify.account;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What form pages call while the student types, so that the session does not end under them. Any
 * signed-in request keeps a session alive; this one does nothing else. A session that has ended
 * answers 401 {@code SESSION_EXPIRED} (page scripts send {@code X-Requested-With}).
 */
@Controller
class SessionController {

	@GetMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
	}
}
