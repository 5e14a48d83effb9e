package com.gradverify.verification;

/** The file formats of the roster. */
public enum RosterFormat {
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	/** UTF-8 with a byte-order mark, so that Excel opens it with the Chinese intact. */
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	RosterFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}
}
