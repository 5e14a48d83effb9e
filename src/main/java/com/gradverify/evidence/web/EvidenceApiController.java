package com.gradverify.evidence.web;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evidence for API clients; unknown or forbidden ids are a problem+json 404. */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApiController {

	private final EvidenceDownloads downloads;

	EvidenceApiController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download an evidence file (image/jpeg, image/png or application/pdf)",
			description = "Allowed for the owner and for reviewers entitled to what the file backs; "
					+ "anyone else gets 404 as if the file did not exist.")
	ResponseEntity<Resource> download(@PathVariable long id, SignedInAccount reader) {
		return downloads.download(id, reader).orElseThrow(() -> new NotFoundException("evidence.notFound"));
	}
}
