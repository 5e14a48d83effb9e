package com.gradverify.registry.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form; the year is kept as typed so that a wrong value is shown back unchanged. */
class ImportForm {

	private MultipartFile file;

	private String graduationYear;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getGraduationYear() {
		return graduationYear;
	}

	public void setGraduationYear(String graduationYear) {
		this.graduationYear = graduationYear;
	}
}
