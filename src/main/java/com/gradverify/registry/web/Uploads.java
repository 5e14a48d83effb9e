package com.gradverify.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.web.multipart.MultipartFile;

/** Starts an import from a multipart upload, for the page and the API alike. */
final class Uploads {

	private Uploads() {
	}

	static UUID start(RegistryImports imports, MultipartFile file, String graduationYear, Principal principal)
			throws IOException {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()))) {
			throw new RuleViolationException(List.of(new Violation("file", "registry.file.required")));
		}
		try (InputStream content = file.getInputStream()) {
			return imports.start(file.getOriginalFilename(), file.getSize(), content, year(graduationYear),
					principal.getName());
		}
	}

	/** The year as typed, or {@code null} when it is not a number (refused like an out-of-range year). */
	static Integer year(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
