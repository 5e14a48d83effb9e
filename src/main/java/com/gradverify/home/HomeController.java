package com.gradverify.home;

import com.gradverify.account.SignedInAccount;
import com.gradverify.campaign.CollectionWindows;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The student's home page, where they land after signing in, and the help page with the guide's steps. */
@Controller
@PreAuthorize("hasRole('STUDENT')")
class HomeController {

	private final StudentHome home;

	private final GuidanceCentre guidanceCentre;

	private final CollectionWindows windows;

	HomeController(StudentHome home, GuidanceCentre guidanceCentre, CollectionWindows windows) {
		this.home = home;
		this.windows = windows;
		this.guidanceCentre = guidanceCentre;
	}

	@GetMapping("/home")
	String home(SignedInAccount student, Model model) {
		model.addAttribute("home", home.of(student));
		// the 采集批次's deadline and countdown, from the campaign module's short-lived cache
		model.addAttribute("collectionWindow", windows.forStudent(student));
		return page(model, "home/home");
	}

	@GetMapping("/home/help")
	String help(Model model) {
		return page(model, "home/help");
	}

	private String page(Model model, String view) {
		model.addAttribute("guidanceCentre", guidanceCentre);
		model.addAttribute("menu", "home");
		return view;
	}
}
