package com.gradverify.reference.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Add a major: its 专业代码 as the catalogues write it (080901, 120203K, 0812; checked by
 * {@link com.gradverify.shared.MajorCode} when the catalog stores it), its name and its college.
 */
class MajorForm {

	@NotBlank
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
