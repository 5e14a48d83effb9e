package com.gradverify.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.SpoolDirectory;

/**
 * Parses a PDF with PDFBox and refuses it unless it is plain pages: every object of the file is
 * visited, those inside compressed object streams included, and any {@link PdfThreat} found
 * refuses it. Encrypted PDFs are refused (their content cannot be checked, and reviewers could not
 * open them), so are files PDFBox cannot parse, or that lack the {@code %%EOF} of a complete
 * upload. Object streams are decoded onto the heap by PDFBox, so their decoded size is measured
 * first, with a cap. Parsing waits for one of the {@link CheckSlots}.
 */
final class PdfInspector {

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Writers may put a little whitespace or a linearisation tail after the last %%EOF. */
	private static final int END_WINDOW = 1024;

	/** Scratch buffers PDFBox needs stay in memory up to this size, then go to a spool file. */
	private static final long SCRATCH_IN_MEMORY = 1024 * 1024;

	private static final long MEGABYTE = 1024 * 1024;

	private final CheckSlots slots;

	private final SpoolDirectory spool;

	private final long maxObjectStreamBytes;

	private final long maxScratchBytes;

	PdfInspector(CheckSlots slots, SpoolDirectory spool, long maxObjectStreamBytes, long maxScratchBytes) {
		this.slots = slots;
		this.spool = spool;
		this.maxObjectStreamBytes = maxObjectStreamBytes;
		this.maxScratchBytes = maxScratchBytes;
	}

	void inspect(Path pdf) {
		if (!endsWithEofMarker(pdf)) {
			throw EvidenceRejected.because("evidence.corruptPdf");
		}
		slots.run(() -> {
			parseAndCheck(pdf);
			return null;
		});
	}

	private void parseAndCheck(Path pdf) {
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY, maxScratchBytes)
			.setTempDir(spool.path().toFile());
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", null, null, memory.streamCache)) {
			if (document.isEncrypted()) {
				throw EvidenceRejected.because("evidence.encryptedPdf");
			}
			COSDocument objects = document.getDocument();
			requireSmallObjectStreams(objects);
			Optional<PdfThreat> threat = firstThreat(objects);
			if (threat.isPresent()) {
				throw EvidenceRejected.because(threat.get().messageCode());
			}
			if (document.getNumberOfPages() == 0) {
				throw EvidenceRejected.because("evidence.corruptPdf");
			}
		}
		catch (InvalidPasswordException ex) {
			throw EvidenceRejected.because("evidence.encryptedPdf");
		}
		catch (RuleViolationException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports malformed files through IOException and assorted runtime exceptions
			throw EvidenceRejected.because("evidence.corruptPdf");
		}
	}

	/**
	 * The cross-reference table names, for each compressed object, the object stream holding it
	 * (as a negative offset); each such stream is decoded once here with a cap on every filter's
	 * output, before PDFBox decodes it unbounded while resolving its objects.
	 */
	private void requireSmallObjectStreams(COSDocument objects) throws IOException {
		Set<Long> streamNumbers = new TreeSet<>();
		objects.getXrefTable().values().stream().filter(offset -> offset < 0).forEach(offset -> streamNumbers.add(-offset));
		for (long number : streamNumbers) {
			COSBase stream = objects.getObjectFromPool(new COSObjectKey(number, 0)).getObject();
			if (!(stream instanceof COSStream objectStream)) {
				throw EvidenceRejected.because("evidence.corruptPdf");
			}
			try {
				decodeWithin(objectStream, maxObjectStreamBytes);
			}
			catch (CappedOutput.Exceeded ex) {
				throw EvidenceRejected.because("evidence.pdfObjectStreamTooLarge", maxObjectStreamBytes / MEGABYTE);
			}
		}
	}

	private static void decodeWithin(COSStream stream, long cap) throws IOException {
		List<COSName> filters = filterNames(stream.getFilters());
		try (InputStream raw = stream.createRawInputStream()) {
			InputStream encoded = raw;
			for (int i = 0; i < filters.size(); i++) {
				CappedOutput decoded = new CappedOutput(cap);
				FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, decoded, stream, i);
				encoded = decoded.toInputStream();
			}
		}
	}

	private static List<COSName> filterNames(COSBase filters) throws IOException {
		if (filters == null) {
			return List.of();
		}
		if (filters instanceof COSName name) {
			return List.of(name);
		}
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSArray array) {
			for (COSBase item : array) {
				if (!(item instanceof COSName name)) {
					throw new IOException("A filter that is not a name");
				}
				names.add(name);
			}
			return names;
		}
		throw new IOException("A filter that is neither a name nor an array");
	}

	/**
	 * Walks the whole object graph from the trailer and from every object the cross-reference
	 * table lists, so that objects nothing points to are seen too. Stream data is not decoded:
	 * active content shows in dictionaries.
	 */
	private static Optional<PdfThreat> firstThreat(COSDocument objects) {
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(objects.getTrailer());
		new ArrayList<>(objects.getXrefTable().keySet()).forEach(key -> pending.push(objects.getObjectFromPool(key)));
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			COSBase next = pending.pop();
			if (next instanceof COSObject reference) {
				next = reference.getObject();
			}
			if (next == null || !seen.add(next)) {
				continue;
			}
			if (next instanceof COSName name) {
				Optional<PdfThreat> threat = PdfThreat.ofName(name.getName());
				if (threat.isPresent()) {
					return threat;
				}
			}
			else if (next instanceof COSDictionary dictionary) {
				for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
					Optional<PdfThreat> threat = PdfThreat.ofKey(entry.getKey().getName());
					if (threat.isPresent()) {
						return threat;
					}
					pending.push(entry.getValue());
				}
			}
			else if (next instanceof COSArray array) {
				array.forEach(pending::push);
			}
		}
		return Optional.empty();
	}

	private static boolean endsWithEofMarker(Path pdf) {
		try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
			int tail = (int) Math.min(file.length(), END_WINDOW + END.length);
			byte[] bytes = new byte[tail];
			file.seek(file.length() - tail);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.ISO_8859_1).contains(new String(END, StandardCharsets.ISO_8859_1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A memory buffer that refuses to grow past a cap, unchecked so that no filter swallows it. */
	private static final class CappedOutput extends ByteArrayOutputStream {

		private final long cap;

		CappedOutput(long cap) {
			this.cap = cap;
		}

		@Override
		public synchronized void write(int b) {
			requireRoom(1);
			super.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			requireRoom(len);
			super.write(b, off, len);
		}

		private void requireRoom(int more) {
			if ((long) count + more > cap) {
				throw new Exceeded();
			}
		}

		InputStream toInputStream() {
			return new ByteArrayInputStream(buf, 0, count);
		}

		static final class Exceeded extends RuntimeException {

			Exceeded() {
				super(null, null, false, false);
			}
		}
	}
}
