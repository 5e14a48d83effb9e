package com.gradverify.verification.web;


import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.campaign.CollectionClosedException;
import com.gradverify.campaign.CollectionWindow;
import com.gradverify.campaign.CollectionWindows;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.shared.web.WeChatBrowser;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.OriginEvidenceUploads;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student's 实名认证 pages: binding, then the form with its marks, drafts and submission. */
@Controller
@RequestMapping("/verification")
@PreAuthorize("hasRole('STUDENT')")
class VerificationController {

	private static final String BINDING = "verification/binding";

	private static final String FORM = "verification/form";

	private static final String SUBMITTED = "verification/submitted";

	private final VerificationService verification;

	private final BindingService binding;

	private final ReferenceData reference;

	private final VerificationPageModel pageModel;

	private final MessageSource messages;

	private final OriginEvidenceUploads originEvidence;

	private final StudentAccounts students;

	private final CollectionWindows windows;

	VerificationController(VerificationService verification, BindingService binding, ReferenceData reference,
			VerificationPageModel pageModel, MessageSource messages, OriginEvidenceUploads originEvidence,
			StudentAccounts students, CollectionWindows windows) {
		this.windows = windows;
		this.originEvidence = originEvidence;
		this.students = students;
		this.verification = verification;
		this.binding = binding;
		this.reference = reference;
		this.pageModel = pageModel;
		this.messages = messages;
	}

	/** In WeChat's browser the pages follow the seed's WeChat steps (申请认证, then 申请成功). */
	@ModelAttribute("wechat")
	boolean wechat(HttpServletRequest request) {
		return WeChatBrowser.is(request);
	}

	/**
	 * The 采集批次's deadline and countdown, or why submitting is closed, on every page here; read through
	 * the campaign module's short-lived cache, so it adds no query of its own to the page.
	 */
	@ModelAttribute("collectionWindow")
	CollectionWindow collectionWindow(SignedInAccount student) {
		return windows.forStudent(student);
	}

	@GetMapping
	String show(SignedInAccount student, Model model) {
		VerificationView view = verification.view(student);
		if (!view.bound() && view.form().getIdCard() == null) {
			return bindingPage(model, prefilledBinding(student, view), null);
		}
		// a saved draft's fields that are not yet valid carry their messages
		return formPage(model, view, view.problems());
	}

	@GetMapping("/binding")
	String rebind(SignedInAccount student, Model model, RedirectAttributes redirect) {
		VerificationView view = verification.view(student);
		if (!view.editable()) {
			// submitted or verified: binding again could change nothing
			redirect.addFlashAttribute("flashInfo", text("binding.notEditable"));
			return "redirect:/verification";
		}
		return bindingPage(model, prefilledBinding(student, view), null);
	}

	/** 申请成功 (WeChat): what happens next, and where the result will be. */
	@GetMapping("/submitted")
	String submitted(SignedInAccount student, Model model) {
		VerificationView view = verification.view(student);
		if (view.submittedAt() == null || view.editable()) {
			return "redirect:/verification";
		}
		model.addAttribute("view", view);
		model.addAttribute("menu", "verification");
		return SUBMITTED;
	}

	@PostMapping("/binding")
	String bind(SignedInAccount student, @Valid @ModelAttribute("binding") BindingRequest request,
			BindingResult errors, @RequestParam(defaultValue = "bind") String action, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// the service's format rules too, so that every problem is reported in one answer
			binding.problems(request).stream()
				.filter(v -> !errors.hasFieldErrors(v.field()))
				.forEach(v -> errors.rejectValue(v.field(), v.code()));
			return bindingPage(model, request, null);
		}
		try {
			if ("manual".equals(action)) {
				binding.continueUnbound(student, request);
				return "redirect:/verification";
			}
			BindingOutcome outcome = binding.bind(student, request);
			if (outcome != BindingOutcome.BOUND) {
				return bindingPage(model, request, outcome);
			}
			redirect.addFlashAttribute("flashSuccess", text("binding.bound"));
			return "redirect:/verification";
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> errors.rejectValue(v.field(), v.code()));
			// 手动填写 is offered after no match: a refused one shows that page again, with the field's error
			return bindingPage(model, request, "manual".equals(action) ? BindingOutcome.NO_MATCH : null);
		}
		catch (TooManyAttemptsException | ConflictException ex) {
			model.addAttribute("flashError", text(ex.messageCode(), ex.args()));
			return bindingPage(model, request, null);
		}
	}

	/** 保存: keeps everything typed, malformed values included, and shows again what is not yet valid. */
	@PostMapping(params = "action=save")
	String save(SignedInAccount student, @ModelAttribute("form") VerificationForm form, BindingResult errors,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		try {
			VerificationView saved = verification.saveDraft(student, form, DraftInput.unreadable(errors), version);
			redirect.addFlashAttribute("flashSuccess", saved.problems().isEmpty() ? text("verification.saved")
					: text("verification.savedWithProblems", saved.problems().size()));
			return "redirect:/verification";
		}
		catch (RuleViolationException ex) {
			return redisplay(student, form, reject(errors, ex), model);
		}
	}

	/** 申请实名认证: saves what was typed, then answers every problem at once, each at its field. */
	@PostMapping(params = "action=submit")
	String submit(SignedInAccount student, @ModelAttribute("form") VerificationForm form, BindingResult errors,
			@RequestParam long version, @ModelAttribute("wechat") boolean wechat, Model model,
			RedirectAttributes redirect) {
		VerificationView saved;
		try {
			// what the student typed is kept as a draft even when a submission rule fails
			saved = verification.saveDraft(student, form, DraftInput.unreadable(errors), version);
		}
		catch (RuleViolationException ex) {
			return redisplay(student, form, reject(errors, ex), model);
		}
		try {
			verification.submit(student, saved.version());
			if (wechat) {
				return "redirect:/verification/submitted";
			}
			redirect.addFlashAttribute("flashSuccess", text("verification.submitted"));
			return "redirect:/verification";
		}
		catch (RuleViolationException ex) {
			return formPage(model, saved, ex.violations());
		}
		catch (CollectionClosedException ex) {
			// the draft is kept; the page says why it cannot be submitted now, with the dates
			redirect.addFlashAttribute("flashError", text(ex.messageCode(), ex.args()));
			return "redirect:/verification";
		}
	}

	/**
	 * Without script: the upload button posts the whole form with the file, so the page comes back
	 * with what was typed (not yet saved) and the upload's outcome.
	 */
	@PostMapping("/origin-evidence")
	String uploadOriginEvidenceWithForm(SignedInAccount student, @ModelAttribute("form") VerificationForm typed,
			BindingResult errors, @RequestParam(name = "file", required = false) List<MultipartFile> files,
			Model model) throws IOException {
		MultipartFile file = chosen(files);
		if (file == null) {
			return typedPage(student, typed, model, "flashError", text("evidence.empty"));
		}
		try (InputStream in = file.getInputStream()) {
			originEvidence.upload(student, file.getOriginalFilename(), in);
			return typedPage(student, typed, model, "flashSuccess", text("verification.originEvidence.uploaded"));
		}
		catch (RuleViolationException ex) {
			var violation = ex.violations().get(0);
			return typedPage(student, typed, model, "flashError", text(violation.code(), violation.args()));
		}
		catch (ConflictException ex) {
			return typedPage(student, typed, model, "flashError", text(ex.messageCode(), ex.args()));
		}
	}

	/** Without script: the 删除 button posts the whole form, which comes back with what was typed. */
	@PostMapping("/origin-evidence/{evidenceId}/delete")
	String removeOriginEvidenceWithForm(SignedInAccount student, @PathVariable long evidenceId,
			@ModelAttribute("form") VerificationForm typed, BindingResult errors, Model model) {
		try {
			originEvidence.remove(student, evidenceId);
			return typedPage(student, typed, model, "flashSuccess", text("verification.originEvidence.removed"));
		}
		catch (NotFoundException ex) {
			return typedPage(student, typed, model, "flashError", text(ex.messageCode()));
		}
		catch (ConflictException ex) {
			return typedPage(student, typed, model, "flashError", text(ex.messageCode(), ex.args()));
		}
	}

	@PostMapping(params = "action=withdraw")
	String withdraw(SignedInAccount student, @RequestParam long version, RedirectAttributes redirect) {
		try {
			verification.withdraw(student, version);
			redirect.addFlashAttribute("flashSuccess", text("verification.withdrawn"));
		}
		catch (CollectionClosedException ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageCode(), ex.args()));
		}
		return "redirect:/verification";
	}

	/** The form as saved, with {@code problems} at their fields and in the summary above the form. */
	private String formPage(Model model, VerificationView view, List<RuleViolationException.Violation> problems) {
		pageModel.addTo(model, view);
		VerificationForm form = view.form();
		model.addAttribute(DraftInput.FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + DraftInput.FORM, DraftInput.errors(view, form, problems));
		return FORM;
	}

	/** A draft that could not be saved (a value too long), shown again as typed with its errors. */
	private String redisplay(SignedInAccount student, VerificationForm typed, BindingResult errors, Model model) {
		// the error summary above the form says what to fix
		return typedPage(student, typed, model, "flashError", null);
	}

	/** The form page showing what the student typed, which may not be saved yet, with a message if any. */
	private String typedPage(SignedInAccount student, VerificationForm typed, Model model, String flash,
			String message) {
		VerificationView stored = verification.view(student);
		pageModel.addTo(model, stored);
		// the student's values, not the stored ones, so nothing typed is lost
		VerificationForm shown = typed;
		shown.setStudentNo(stored.form().getStudentNo());
		shown.setIdCard(stored.form().getIdCard());
		model.addAttribute("form", shown);
		if (message != null) {
			model.addAttribute(flash, message);
		}
		return FORM;
	}

	private static BindingResult reject(BindingResult errors, RuleViolationException ex) {
		for (var violation : ex.violations()) {
			if (violation.field() == null) {
				errors.reject(violation.code(), violation.args(), null);
			}
			else {
				errors.rejectValue(violation.field(), violation.code(), violation.args(), null);
			}
		}
		return errors;
	}

	private String bindingPage(Model model, BindingRequest request, BindingOutcome outcome) {
		model.addAttribute("binding", request);
		model.addAttribute("outcome", outcome);
		model.addAttribute("educationLevels", reference.entries(CodeTable.EDUCATION_LEVEL));
		model.addAttribute("menu", "verification");
		return BINDING;
	}

	/** What the account already knows of the student, so binding asks only for what it does not. */
	private BindingRequest prefilledBinding(SignedInAccount student, VerificationView view) {
		var request = new BindingRequest();
		request.setGraduationYear(student.graduationYear());
		request.setName(view.form().getName() == null ? student.displayName() : view.form().getName());
		request.setIdCard(view.form().getIdCard() != null ? view.form().getIdCard()
				: students.findStudent(student.username()).map(StudentAccounts.StudentAccount::idCard).orElse(null));
		request.setEducationCode(view.form().getEducationCode());
		request.setMobile(view.form().getMobile());
		return request;
	}

	static MultipartFile chosen(List<MultipartFile> files) {
		return files == null ? null : files.stream().filter(f -> !f.isEmpty()).findFirst().orElse(null);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
