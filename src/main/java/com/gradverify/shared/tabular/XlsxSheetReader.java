package com.gradverify.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming SAX API so that memory stays flat
 * (a full {@code XSSFWorkbook} would hold every cell). POI's defaults guard the reading: zip
 * entries that inflate suspiciously (zip bombs) are refused, and the XML parser resolves no
 * external entities. Numeric cells come out as plain digits (a 14-digit 考生号 never turns into
 * 1.2E13) and date cells as {@code yyyy-MM-dd}.
 */
public final class XlsxSheetReader {

	private XlsxSheetReader() {
	}

	/**
	 * Hands every non-blank row of the first sheet to {@code rows}, in order. What {@code rows}
	 * throws comes out unchanged (a checked exception other than {@link IOException} wrapped in one).
	 * @throws UnreadableWorkbookException if the file is no readable workbook or has no sheet
	 */
	public static void read(Path path, RowConsumer rows) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			var strings = new ReadOnlySharedStringsTable(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableWorkbookException(true);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Rows(rows), new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (ConsumerFailure failure) {
			failure.rethrow();
		}
		catch (Exception ex) {
			// POI reports a broken package, a zip bomb or malformed XML in many types, checked and not
			throw new UnreadableWorkbookException(false);
		}
	}

	/** Receives the rows of a sheet; {@code rowNo} is the row number the user sees (from 1). */
	@FunctionalInterface
	public interface RowConsumer {

		void row(int rowNo, List<String> cells) throws Exception;
	}

	/** The file is not a workbook POI can read, or ({@link #noSheet()}) has no sheet. */
	public static final class UnreadableWorkbookException extends RuntimeException {

		private final boolean noSheet;

		UnreadableWorkbookException(boolean noSheet) {
			super(noSheet ? "workbook without a sheet" : "unreadable workbook");
			this.noSheet = noSheet;
		}

		public boolean noSheet() {
			return noSheet;
		}
	}

	/** Collects a row's cells by column (blank cells are absent from the XML) and hands it on. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowConsumer consumer;

		private final List<String> cells = new ArrayList<>(24);

		Rows(RowConsumer consumer) {
			this.consumer = consumer;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			try {
				consumer.row(rowNum + 1, List.copyOf(cells));
			}
			catch (Exception ex) {
				throw new ConsumerFailure(ex);
			}
		}
	}

	/** Numbers as plain decimals, date-formatted numbers as ISO dates. */
	private static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return plain(value);
		}

		private static String plain(double value) {
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		}
	}

	/** Carries what the consumer threw through the SAX parser, to tell it apart from POI's own failures. */
	private static final class ConsumerFailure extends RuntimeException {

		ConsumerFailure(Exception cause) {
			super(null, cause, false, false);
		}

		void rethrow() throws IOException {
			if (getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(getCause());
		}
	}
}
