package com.gradverify.registry.importing;

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
 * (a full {@code XSSFWorkbook} would hold every cell). Numeric cells come out as plain digits
 * (a 14-digit 考生号 never turns into 1.2E13) and date cells as {@code yyyy-MM-dd}.
 */
final class XlsxTableFile extends TableFile {

	XlsxTableFile(Path path) {
		super(path);
	}

	@Override
	void read(RowHandler handler) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			var strings = new ReadOnlySharedStringsTable(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new RegistryFileException("registry.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Rows(handler), new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | RegistryFileException | Stop ex) {
			throw ex;
		}
		catch (RowFailure failure) {
			failure.rethrow();
		}
		catch (Exception ex) {
			throw new RegistryFileException("registry.file.unreadable");
		}
	}

	/** Collects a row's cells by column (blank cells are absent from the XML) and hands it on. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>(24);

		Rows(RowHandler handler) {
			this.handler = handler;
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
			if (isBlank(cells)) {
				return;
			}
			try {
				handler.row(rowNum + 1, List.copyOf(cells));
			}
			catch (Stop stop) {
				throw stop;
			}
			catch (Exception ex) {
				throw new RowFailure(ex);
			}
		}
	}

	/** Numbers as plain decimals, date-formatted numbers as ISO dates. */
	static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return plain(value);
		}

		static String plain(double value) {
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		}
	}

	/** Carries a handler's checked exception through the SAX parser. */
	private static final class RowFailure extends RuntimeException {

		RowFailure(Exception cause) {
			super(cause);
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
