package com.gradverify.account;

/** The form that creates a reviewer or administrator account; {@code college} is a college name. */
class StaffAccountForm {

	private String username;

	private String displayName;

	private Role role;

	private String college;

	private String password;

	StaffAccountService.NewStaffAccount toNewAccount() {
		// accounts created by an administrator choose their own password at first login
		return new StaffAccountService.NewStaffAccount(username, displayName, role, college, password, true);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getCollege() {
		return college;
	}

	public void setCollege(String college) {
		this.college = college;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
