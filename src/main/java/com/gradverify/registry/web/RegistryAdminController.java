package com.gradverify.registry.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.registry.importing.RegistryTemplates;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's registry page: upload form, past imports, one import's progress and report. */
@Controller
@RequestMapping("/admin/registry")
class RegistryAdminController {

	private static final String FORM_VIEW = "registry/index";

	private final RegistryImports imports;

	private final MessageSource messages;

	private final GraduationYears years;

	RegistryAdminController(RegistryImports imports, MessageSource messages, GraduationYears years) {
		this.imports = imports;
		this.messages = messages;
		this.years = years;
	}

	@ModelAttribute("requiredHeaders")
	String requiredHeaders() {
		return RegistryTemplates.requiredHeaders();
	}

	/** Flagged on the page until each has a 学院审核 account: an import may have just created them. */
	@ModelAttribute("collegesWithoutReviewer")
	List<College> collegesWithoutReviewer() {
		return imports.collegesWithoutReviewer();
	}

	/** The upload form and the latest imports of one 届 (the default 届 when {@code graduationYear} is absent). */
	@GetMapping
	String index(@RequestParam(name = "graduationYear", required = false) String shownYear, Model model) {
		var form = new ImportForm();
		form.setGraduationYear(String.valueOf(Year.now().getValue()));
		model.addAttribute("importForm", form);
		history(shownYear, model);
		return FORM_VIEW;
	}

	private void history(String shownYear, Model model) {
		GraduationYears.Choice year = years.choose(shownYear);
		model.addAttribute("years", year);
		model.addAttribute("imports", imports.recent(year.year()));
	}

	@PostMapping("/imports")
	String upload(@ModelAttribute("importForm") ImportForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			UUID id = Uploads.start(imports, form.getFile(), form.getGraduationYear(), principal);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("registry.import.started", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return "redirect:/admin/registry/imports/" + id;
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> result.rejectValue(v.field(), v.code(), v.args(), v.code()));
		}
		catch (ConflictException ex) {
			result.reject(ex.messageCode(), ex.messageCode());
		}
		history(null, model);
		return FORM_VIEW;
	}

	@GetMapping("/imports/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("job", found(id));
		model.addAttribute("errorsShown", RegistryImports.ERRORS_SHOWN);
		return "registry/detail";
	}

	/** The same answer as the JSON API, for the progress script of the page (session-authenticated). */
	@GetMapping(path = "/imports/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportStatus status(@PathVariable UUID id) {
		return found(id);
	}

	@GetMapping("/imports/{id}/errors.csv")
	void errorsCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		found(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("registry-import-" + id + "-errors.csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		imports.writeErrorsCsv(id, out);
		out.flush();
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(RegistryTemplates.csv(), "registry-template.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(RegistryTemplates.xlsx(), "registry-template.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private ImportStatus found(UUID id) {
		return imports.status(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
