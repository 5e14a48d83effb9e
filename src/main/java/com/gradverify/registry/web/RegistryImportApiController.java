package com.gradverify.registry.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.shared.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/admin/registry/imports} (multipart {@code file}, {@code graduationYear})
 * answers 202 with the job's location; a file that cannot be imported is refused at once with a
 * 400 problem whose {@code errors} name the field ({@code file} or {@code graduationYear}).
 */
@RestController
@RequestMapping("/api/v1/admin/registry/imports")
class RegistryImportApiController {

	private final RegistryImports imports;

	RegistryImportApiController(RegistryImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportAccepted> start(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String graduationYear, Principal principal) throws IOException {
		UUID id = Uploads.start(imports, file, graduationYear, principal);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/admin/registry/imports/" + id))
			.body(new ImportAccepted(id, "RUNNING"));
	}

	/**
	 * The job's status, counts and the first {@value RegistryImports#ERRORS_SHOWN} errors by row; once it
	 * has ended also {@code problemGroups} (every error counted by column and reason, with its first rows)
	 * and the {@code createdColleges} (each with {@code hasReviewer}) and {@code createdMajors} it added.
	 */
	@GetMapping("/{id}")
	ImportStatus status(@PathVariable UUID id) {
		return imports.status(id).orElseThrow(() -> new NotFoundException("registry.import.notFound"));
	}

	/** The answer to an accepted upload. */
	record ImportAccepted(UUID id, String status) {
	}
}
