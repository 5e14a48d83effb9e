package com.gradverify.agreement.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.InputStream;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.BreachService;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.ConflictException;
import com.gradverify.support.Bundles;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.VerificationRequiredException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused step on the 协议 and 违约 pages comes back to the page it was posted from, with the
 * bundle's reason and nothing done; the gate and a missing application keep their pages.
 */
class ApplicationPageErrorsTests {

	private static final SignedInAccount GRADUATE = new SignedInAccount(7, "2024001", "张三", Role.STUDENT, 1L,
			2024);

	private final AgreementService agreements = mock(AgreementService.class);

	private final BreachService breaches = mock(BreachService.class);

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		MessageSource messages = Bundles.messages();
		VerifiedGate gate = mock(VerifiedGate.class);
		EvidenceFiles evidence = mock(EvidenceFiles.class);
		mvc = SignedInAuthentication.standalone(GRADUATE, new ApplicationPageErrors(messages),
				new AgreementController(agreements, gate, mock(ReferenceData.class), evidence, messages),
				new BreachController(breaches, agreements, gate, evidence, messages));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aStaleWithdrawalComesBackToItsPageWithTheReason() throws Exception {
		when(agreements.withdraw(GRADUATE, 3, 0L)).thenThrow(new ConflictException("agreement.stale"));
		when(breaches.withdraw(GRADUATE, 4, 0L)).thenThrow(new OptimisticLockingFailureException("lost"));

		mvc.perform(post("/agreements/3/withdraw").param("version", "0").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/agreements"))
			.andExpect(flash().attribute("flashError", "该申请已被他人（或在其他页面）更新，请刷新后重试"))
			.andExpect(flash().attributeCount(1));
		mvc.perform(post("/breaches/4/withdraw").param("version", "0").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/breaches"))
			.andExpect(flash().attribute("flashError", "该申请已被他人（或在其他页面）更新，请刷新后重试"))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void aRefusedBareUploadComesBackToItsPageAndStoresNothing() throws Exception {
		mvc.perform(multipart("/breaches/4/letter").file(new MockMultipartFile("file", "letter.pdf", "application/pdf",
				new byte[0])).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/breaches"))
			.andExpect(flash().attribute("flashError", "上传的文件是空的，请重新选择"));
		verify(breaches, never()).attachEvidence(any(), anyLong(), anyString(), any(InputStream.class));

		when(agreements.attachEvidence(eq(GRADUATE), eq(3L), eq("scan.pdf"), any(InputStream.class)))
			.thenThrow(new ConflictException("agreement.notEditable", "已提交"));
		mvc.perform(multipart("/agreements/3/scan").file(new MockMultipartFile("file", "scan.pdf", "application/pdf",
				new byte[] { 1 })).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/agreements"))
			.andExpect(flash().attribute("flashError", "申请当前状态（已提交）不可修改"));
	}

	@Test
	void theGateAndAMissingApplicationKeepTheirPages() throws Exception {
		when(agreements.withdraw(GRADUATE, 3, 0L)).thenThrow(new VerificationRequiredException());
		when(breaches.withdraw(GRADUATE, 5, 0L)).thenThrow(new NotFoundException("breach.notFound"));

		mvc.perform(post("/agreements/3/withdraw").param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("agreement/agreements"))
			.andExpect(model().attribute("verified", false))
			.andExpect(model().attribute("menu", "agreements"));
		mvc.perform(post("/breaches/5/withdraw").param("version", "0"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"));
	}
}
