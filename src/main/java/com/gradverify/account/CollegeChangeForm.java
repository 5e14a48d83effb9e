package com.gradverify.account;

/** The form that moves a college reviewer to another college, by the college's name. */
class CollegeChangeForm {

	private String college;

	public String getCollege() {
		return college;
	}

	public void setCollege(String college) {
		this.college = college;
	}
}
