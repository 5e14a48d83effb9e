package com.gradverify.shared.tabular;

/** The file formats of exported tables (名册, 清单). */
public enum TableFormat {
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	/** UTF-8 with a byte-order mark, so that Excel opens it with the Chinese intact. */
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	TableFormat(String extension, String contentType) {
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
