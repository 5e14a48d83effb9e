package com.gradverify.verification.web;


import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.shared.web.Problems;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student's 实名认证 pages: binding, then the form with its marks, drafts and submission. */
@Controller
@RequestMapping("/verification")
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

	VerificationController(VerificationService verification, BindingService binding, ReferenceData reference,
			VerificationPageModel pageModel, MessageSource messages, OriginEvidenceUploads originEvidence,
			StudentAccounts students) {
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

	@GetMapping
	String show(SignedInAccount student, Model model) {
		VerificationView view = verification.view(student);
		if (!view.bound() && view.form().getIdCard() == null) {
			return bindingPage(model, prefilledBinding(student, view), null);
		}
		pageModel.addTo(model, view);
		model.addAttribute("form", view.form());
		return FORM;
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

	@PostMapping(params = "action=save")
	String save(SignedInAccount student, @ModelAttribute("form") VerificationForm form, BindingResult errors,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return redisplay(student, form, errors, model);
		}
		try {
			verification.saveDraft(student, form, version);
			redirect.addFlashAttribute("flashSuccess", text("verification.saved"));
			return "redirect:/verification";
		}
		catch (RuleViolationException ex) {
			return redisplay(student, form, reject(errors, ex), model);
		}
	}

	@PostMapping(params = "action=submit")
	String submit(SignedInAccount student, @ModelAttribute("form") VerificationForm form, BindingResult errors,
			@RequestParam long version, @ModelAttribute("wechat") boolean wechat, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return redisplay(student, form, errors, model);
		}
		try {
			// what the student typed is kept as a draft even when a submission rule fails
			VerificationView saved = verification.saveDraft(student, form, version);
			verification.submit(student, saved.version());
			if (wechat) {
				return "redirect:/verification/submitted";
			}
			redirect.addFlashAttribute("flashSuccess", text("verification.submitted"));
			return "redirect:/verification";
		}
		catch (RuleViolationException ex) {
			return redisplay(student, form, reject(errors, ex), model);
		}
	}

	/** The 户籍证明 for a changed 生源地; answers the upload script with 204 or a problem, a plain form with a redirect. */
	@PostMapping("/origin-evidence")
	Object uploadOriginEvidence(SignedInAccount student,
			@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
			RedirectAttributes redirect) throws IOException {
		boolean script = "XMLHttpRequest".equals(requestedWith);
		MultipartFile file = files == null ? null : files.stream().filter(f -> !f.isEmpty()).findFirst().orElse(null);
		String problem;
		Object[] args = {};
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (file == null) {
			problem = "evidence.empty";
		}
		else {
			try (InputStream in = file.getInputStream()) {
				originEvidence.upload(student, file.getOriginalFilename(), in);
				if (script) {
					return ResponseEntity.noContent().build();
				}
				redirect.addFlashAttribute("flashSuccess", text("verification.originEvidence.uploaded"));
				return "redirect:/verification";
			}
			catch (RuleViolationException ex) {
				// with its arguments: 不能超过 10 MB, not 不能超过 {0} MB
				problem = ex.violations().get(0).code();
				args = ex.violations().get(0).args();
			}
			catch (ConflictException ex) {
				problem = ex.messageCode();
				status = HttpStatus.CONFLICT;
			}
		}
		if (script) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(status, problem, text(problem, args)));
		}
		redirect.addFlashAttribute("flashError", text(problem, args));
		return "redirect:/verification";
	}

	@PostMapping(params = "action=withdraw")
	String withdraw(SignedInAccount student, @RequestParam long version, RedirectAttributes redirect) {
		verification.withdraw(student, version);
		redirect.addFlashAttribute("flashSuccess", text("verification.withdrawn"));
		return "redirect:/verification";
	}

	private String redisplay(SignedInAccount student, VerificationForm typed, BindingResult errors, Model model) {
		VerificationView stored = verification.view(student);
		pageModel.addTo(model, stored);
		// the student's values, not the stored ones, so nothing typed is lost
		VerificationForm shown = typed;
		shown.setStudentNo(stored.form().getStudentNo());
		shown.setIdCard(stored.form().getIdCard());
		model.addAttribute("form", shown);
		model.addAttribute("flashError", text("verification.fixErrors"));
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

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
