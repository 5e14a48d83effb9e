package com.gradverify.registry.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.shared.GraduationYears;
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

	private final GraduationYears years;

	RegistryImportApiController(RegistryImports imports, GraduationYears years) {
		this.imports = imports;
		this.years = years;
	}

	/** The latest 50 imports of one 届, newest first, with their counts (no reports). */
	@GetMapping
	@Operation(summary = "The latest 50 imports of one 届, newest first, with status and counts",
			description = "Each as GET /{id} answers it, without errors or report. graduationYear: "
					+ GraduationYears.DESCRIPTION)
	ImportList list(@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer",
			minimum = "2000", maximum = "2100")) @RequestParam(required = false) String graduationYear) {
		Integer year = years.choose(graduationYear).year();
		return new ImportList(year, imports.recent(year));
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

	/** A 届's imports; {@code graduationYear} is null only while no 届 exists (then every import). */
	record ImportList(Integer graduationYear, List<ImportStatus> items) {
	}

	/** The answer to an accepted upload. */
	record ImportAccepted(UUID id, String status) {
	}
}
