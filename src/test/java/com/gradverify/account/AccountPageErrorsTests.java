package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.support.Bundles;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A refused action on one account ends on the accounts page with the bundle's reason and nothing
 * done; controllers outside the advice's scope are left to the others.
 */
class AccountPageErrorsTests {

	private static final SignedInAccount ADMIN = new SignedInAccount(1, "admin", "管理员", Role.ADMIN, null, null);

	private final AccountAdministration administration = mock(AccountAdministration.class);

	private final AccountListing listing = mock(AccountListing.class);

	private MockMvc mvc;

	@Controller
	static class OutOfScopeController {

		@PostMapping("/elsewhere")
		String refuse() {
			throw new ConflictException("account.lastAdmin");
		}
	}

	@BeforeEach
	void setUp() {
		MessageSource messages = Bundles.messages();
		var controller = new AdminAccountActionsController(administration, listing, mock(SchoolCatalog.class),
				messages);
		mvc = SignedInAuthentication.standalone(ADMIN, new AccountPageErrors(messages), controller,
				new OutOfScopeController());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void disablingTheLastAdministratorIsToldOnTheAccountsPage() throws Exception {
		when(listing.find(1)).thenReturn(Optional.of(row(1, Role.ADMIN)));
		doThrow(new ConflictException("account.lastAdmin")).when(administration).disable(1, "admin");

		mvc.perform(post("/admin/accounts/1/disable")
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashError", "这是最后一个启用的管理员账户，不能停用"))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void anAccountGoneMeanwhileIsToldOnTheAccountsPageAndNotActedOn() throws Exception {
		when(listing.find(9)).thenReturn(Optional.empty());

		mvc.perform(post("/admin/accounts/9/unlock")
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashError", "账户不存在"));
		verify(administration, never()).unlock(anyLong(), anyString());

		mvc.perform(get("/admin/accounts/9/college")
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashError", "没有找到该学院审核员账户"));
	}

	@Test
	void otherControllersAreNotInItsScope() {
		assertThatThrownBy(() -> mvc.perform(post("/elsewhere"))).hasRootCauseInstanceOf(ConflictException.class);
	}

	private static AccountListing.Row row(long id, Role role) {
		return new AccountListing.Row(id, "admin", "管理员", role, null, null, false, false, true);
	}
}
