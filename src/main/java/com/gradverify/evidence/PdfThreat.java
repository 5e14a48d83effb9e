package com.gradverify.evidence;

import java.util.Map;
import java.util.Optional;

/**
 * What makes a PDF more than pages to look at, by the PDF names that reveal it: as a dictionary key
 * ({@code /JS}, {@code /AA}, {@code /XFA}…) or as a name value ({@code /S /Launch},
 * {@code /Subtype /FileAttachment}…). Each is refused with a message of its own.
 */
enum PdfThreat {

	JAVASCRIPT("evidence.activePdf.javascript"),
	LAUNCH("evidence.activePdf.launch"),
	SUBMIT_FORM("evidence.activePdf.submitForm"),
	IMPORT_DATA("evidence.activePdf.importData"),
	URI("evidence.activePdf.uri"),
	REMOTE_FILE("evidence.activePdf.remoteFile"),
	EMBEDDED_FILE("evidence.activePdf.embeddedFile"),
	XFA("evidence.activePdf.xfa"),
	MEDIA("evidence.activePdf.media"),
	AUTOMATIC_ACTION("evidence.activePdf.automaticAction");

	private static final Map<String, PdfThreat> BY_KEY = Map.of("JS", JAVASCRIPT, "JavaScript", JAVASCRIPT,
			"AA", AUTOMATIC_ACTION, "EmbeddedFiles", EMBEDDED_FILE, "EF", EMBEDDED_FILE, "XFA", XFA,
			"RichMediaContent", MEDIA);

	private static final Map<String, PdfThreat> BY_NAME = Map.ofEntries(Map.entry("JavaScript", JAVASCRIPT),
			Map.entry("Launch", LAUNCH), Map.entry("SubmitForm", SUBMIT_FORM), Map.entry("ImportData", IMPORT_DATA),
			Map.entry("URI", URI), Map.entry("GoToR", REMOTE_FILE), Map.entry("GoToE", REMOTE_FILE),
			Map.entry("EmbeddedFile", EMBEDDED_FILE), Map.entry("FileAttachment", EMBEDDED_FILE),
			Map.entry("RichMedia", MEDIA), Map.entry("RichMediaExecute", MEDIA), Map.entry("Rendition", MEDIA),
			Map.entry("Movie", MEDIA), Map.entry("Sound", MEDIA), Map.entry("Screen", MEDIA), Map.entry("3D", MEDIA));

	static Optional<PdfThreat> ofKey(String key) {
		return Optional.ofNullable(BY_KEY.get(key));
	}

	static Optional<PdfThreat> ofName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	private final String messageCode;

	PdfThreat(String messageCode) {
		this.messageCode = messageCode;
	}

	/** The refusal's code in evidence.properties. */
	String messageCode() {
		return messageCode;
	}
}
