package com.gradverify.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files an administrator downloads to start from: every column header and one example row.
 * In the XLSX all cells are text-formatted so that Excel keeps 考生号, 身份证号 and codes intact.
 */
public final class RegistryTemplates {

	private RegistryTemplates() {
	}

	/** UTF-8 with a BOM, which Excel needs to show the Chinese headers. */
	public static byte[] csv() {
		String header = Arrays.stream(RegistryColumn.values()).map(RegistryColumn::header).collect(Collectors.joining(","));
		String example = Arrays.stream(RegistryColumn.values()).map(RegistryColumn::example).collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx() {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); var out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet sheet = workbook.createSheet("学籍库");
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			RegistryColumn[] columns = RegistryColumn.values();
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i].header());
				var cell = example.createCell(i);
				cell.setCellStyle(text);
				cell.setCellValue(columns[i].example());
				sheet.setDefaultColumnStyle(i, text);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The headers of the required columns, for the page's column rules. */
	public static String requiredHeaders() {
		return Arrays.stream(RegistryColumn.values())
			.filter(RegistryColumn::required)
			.map(RegistryColumn::header)
			.collect(Collectors.joining("、"));
	}
}
