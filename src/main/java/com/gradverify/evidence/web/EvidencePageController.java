package com.gradverify.evidence.web;

import com.gradverify.account.SignedInAccount;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Evidence for pages (thumbnails, previews, downloads); unknown or forbidden ids get the 404 page. */
@Controller
class EvidencePageController {

	private final EvidenceDownloads downloads;

	EvidencePageController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, SignedInAccount reader) {
		return downloads.download(id, reader).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
