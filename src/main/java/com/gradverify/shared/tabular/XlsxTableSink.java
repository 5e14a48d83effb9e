package com.gradverify.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as one XLSX sheet through POI's streaming workbook: only a window of rows stays in
 * memory, the rest goes to a compressed temporary file. Every cell is text, so codes keep their
 * leading zeros and 身份证号 are not turned into numbers.
 */
class XlsxTableSink implements TableSink {

	private static final int WINDOW = 200;

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final CellStyle text;

	private int next;

	XlsxTableSink(OutputStream out, String sheetName) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		this.text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
	}

	@Override
	public void header(String[] names) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row row = sheet.createRow(next++);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(10, names[i].length() * 2 + 2) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(String[] values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				Cell cell = row.createCell(i);
				cell.setCellValue(values[i]);
				cell.setCellStyle(text);
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			// the temporary sheet files are deleted by dispose, not by close
			workbook.dispose();
			workbook.close();
		}
	}
}
