package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BootstrapAdminTest {

	private final List<String> created = new ArrayList<>();

	private final StaffAccounts staff = (username, displayName, role, college, password, mustChange) -> {
		created.add(username + "/" + role + "/" + college + "/" + mustChange);
		return true;
	};

	@Test
	void createsTheConfiguredAdministratorWhoMustChangeThePassword() {
		new BootstrapAdmin(new BootstrapAdminProperties(" root ", "Configured2026"), staff).run(null);
		assertThat(created).containsExactly("root/ADMIN/null/true");
	}

	@Test
	void createsNothingWithoutConfiguration() {
		new BootstrapAdmin(new BootstrapAdminProperties(null, null), staff).run(null);
		assertThat(created).isEmpty();
	}

	@Test
	void refusesToStartWithOnlyHalfTheConfiguration() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new BootstrapAdmin(new BootstrapAdminProperties("root", ""), staff).run(null));
		assertThatIllegalStateException()
			.isThrownBy(() -> new BootstrapAdmin(new BootstrapAdminProperties("", "Configured2026"), staff).run(null));
		assertThat(created).isEmpty();
	}
}
