package com.gradverify.verification.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.tabular.TableDownloads;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.verification.ChaseLists;
import com.gradverify.verification.ChasePage;
import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseReminders;
import com.gradverify.verification.ChaseState;
import com.gradverify.verification.ChaseStudent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Chase lists (催办名单), reached from the progress dashboard's numbers: the students of a 届, college,
 * major and class in one state, paged, as XLSX, and 提醒这 N 名学生 after a confirmation that names the
 * list and N. A college reviewer sees and reminds only their own college's students: another college's
 * list is empty for them, and an empty list reminds nobody. A malformed filter is the error page (400).
 */
@Controller
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER','ADMIN')")
class ChaseListController {

	/** The reminder requests a list page shows. */
	static final int REQUESTS_SHOWN = 20;

	private final ChaseLists lists;

	private final ChaseReminders reminders;

	private final ChaseDescriptions descriptions;

	private final ChaseWorkbook workbook;

	private final GraduationYears years;

	private final MessageSource messages;

	ChaseListController(ChaseLists lists, ChaseReminders reminders, ChaseDescriptions descriptions,
			ChaseWorkbook workbook, GraduationYears years, MessageSource messages) {
		this.lists = lists;
		this.reminders = reminders;
		this.descriptions = descriptions;
		this.workbook = workbook;
		this.years = years;
		this.messages = messages;
	}

	@GetMapping(ChaseLinks.LIST)
	String list(SignedInAccount staff, @ModelAttribute("filter") ChaseFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		GraduationYears.Choice year = years.choose(filter.getGraduationYear());
		ChaseQuery query = ChaseLists.scoped(staff, filter.toQuery(year.year()));
		ChasePage shown = lists.page(staff, query, page, ChaseLists.PAGE_SIZE);
		model.addAttribute("years", year);
		model.addAttribute("query", query);
		model.addAttribute("students", shown);
		model.addAttribute("description", descriptions.describe(query, shown.items()));
		model.addAttribute("states", ChaseState.values());
		model.addAttribute("links", new ChaseLinks(year.year()));
		model.addAttribute("requests",
				year.year() == null ? List.of() : reminders.requests(staff, year.year(), REQUESTS_SHOWN));
		model.addAttribute("menu", "progress");
		return "verification/chase";
	}

	@GetMapping(ChaseLinks.LIST + ".xlsx")
	void xlsx(SignedInAccount staff, @ModelAttribute ChaseFilter filter, HttpServletResponse response)
			throws IOException {
		ChaseQuery query = ChaseLists.scoped(staff, filter.toQuery(years.choose(filter.getGraduationYear()).year()));
		List<ChaseStudent> students = lists.students(staff, query);
		String description = descriptions.describe(query, students);
		// in the audit trail before the first row leaves: the file carries personal data, masked or not
		lists.recordExport(staff, query, students.size());
		TableDownloads.prepare(response, text("chase.file"), TableFormat.XLSX);
		workbook.write(description, students, response.getOutputStream());
		response.flushBuffer();
	}

	/** The confirmation: which list, how many students, and the token that makes the request once. */
	@GetMapping(ChaseLinks.LIST + "/remind")
	String confirm(SignedInAccount staff, @ModelAttribute("filter") ChaseFilter filter, Model model) {
		GraduationYears.Choice year = years.choose(filter.getGraduationYear());
		ChaseQuery query = ChaseLists.scoped(staff, filter.toQuery(year.year()));
		List<ChaseStudent> students = lists.students(staff, query);
		model.addAttribute("years", year);
		model.addAttribute("query", query);
		// those who submitted or were approved are not reminded: the page says there is nobody to remind
		boolean remindable = query.state() != null && query.state().remindable();
		model.addAttribute("count", remindable ? students.size() : 0);
		model.addAttribute("description", descriptions.describe(query, students));
		model.addAttribute("requestToken", UUID.randomUUID().toString());
		model.addAttribute("links", new ChaseLinks(year.year()));
		model.addAttribute("menu", "progress");
		return "verification/chase-remind";
	}

	@PostMapping(ChaseLinks.LIST + "/remind")
	String remind(SignedInAccount staff, @ModelAttribute ChaseFilter filter,
			@RequestParam(required = false) String requestToken, RedirectAttributes redirect) {
		ChaseQuery query = ChaseLists.scoped(staff, filter.toQuery(years.choose(filter.getGraduationYear()).year()));
		String back = "redirect:" + ChaseLinks.address(ChaseLinks.LIST, query, null);
		try {
			String description = descriptions.describe(query, lists.students(staff, query));
			ChaseReminders.Request request = reminders.request(staff, query, requestToken, description);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage(
					request.created() ? "chase.remind.sent" : "chase.remind.alreadySent",
					new Object[] { request.students(), request.description() }, LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("sentBatch", request.batchKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageCode()));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", text(ex.violations().get(0).code()));
		}
		return back;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}
}
