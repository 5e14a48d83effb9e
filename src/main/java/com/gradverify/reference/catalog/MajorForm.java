package com.gradverify.reference.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Add a major: its 6-character code (专业代码, e.g. 070503), its name and its college. */
class MajorForm {

	@NotBlank
	@Pattern(regexp = "\\s*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{6}\\s*")
	private String code;

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private Long collegeId;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getCollegeId() {
		return collegeId;
	}

	public void setCollegeId(Long collegeId) {
		this.collegeId = collegeId;
	}
}
