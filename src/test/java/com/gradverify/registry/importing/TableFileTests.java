package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFileTests {

	@TempDir
	Path dir;

	@Test
	void readsUtf8WithByteOrderMark() throws IOException {
		Path file = RegistryFiles.write(dir, "a.csv", "\uFEFF身份证号,姓名\r\n11010519491231002X,张三\r\n",
				StandardCharsets.UTF_8);

		TableFile table = TableFile.open(file);

		assertThat(table).isInstanceOfSatisfying(CsvTableFile.class,
				csv -> assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8));
		assertThat(rows(table)).containsExactly("1:[身份证号, 姓名]", "2:[11010519491231002X, 张三]");
	}

	@Test
	void readsUtf8WithoutByteOrderMark() throws IOException {
		Path file = RegistryFiles.write(dir, "a.csv", "姓名,院系\n李四,文学院\n", StandardCharsets.UTF_8);

		assertThat(rows(TableFile.open(file))).containsExactly("1:[姓名, 院系]", "2:[李四, 文学院]");
	}

	@Test
	void detectsGbk() throws IOException {
		Path file = RegistryFiles.write(dir, "gbk.csv", "姓名,院系\r\n欧阳娜娜,外国语学院\r\n",
				java.nio.charset.Charset.forName("GBK"));

		TableFile table = TableFile.open(file);

		assertThat(((CsvTableFile) table).charset()).isEqualTo(TableFile.GBK);
		assertThat(rows(table)).containsExactly("1:[姓名, 院系]", "2:[欧阳娜娜, 外国语学院]");
	}

	@Test
	void followsRfc4180QuotingAndReportsTheLineARowStartsOn() throws IOException {
		String text = "姓名,班级,备注\r\n" + "\"王, 五\",\"计科\"\"1\"\"班\",\"第一行\r\n第二行\"\r\n" + "\r\n" + "赵六,,\r\n";
		Path file = RegistryFiles.write(dir, "q.csv", text, StandardCharsets.UTF_8);

		assertThat(rows(TableFile.open(file))).containsExactly("1:[姓名, 班级, 备注]",
				"2:[王, 五, 计科\"1\"班, 第一行\r\n第二行]", "5:[赵六, , ]");
	}

	@Test
	void countsDataRowsWithoutBlankLinesOrQuotedLineBreaks() throws IOException {
		String text = "\uFEFF姓名,备注\n甲,\"a\nb\"\n\n,\n乙,c";
		Path file = RegistryFiles.write(dir, "c.csv", text, StandardCharsets.UTF_8);

		assertThat(TableFile.open(file).countDataRows()).isEqualTo(2);
	}

	@Test
	void refusesEmptyBinaryAndNonWorkbookZipFiles() throws IOException {
		Path empty = Files.write(dir.resolve("e.csv"), new byte[0]);
		Path binary = Files.write(dir.resolve("b.csv"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 });
		Path zip = dir.resolve("z.xlsx");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<w/>".getBytes(StandardCharsets.UTF_8));
		}

		assertThatThrownBy(() -> TableFile.open(empty)).hasMessage("registry.file.empty");
		assertThatThrownBy(() -> TableFile.open(binary)).hasMessage("registry.file.unsupported");
		assertThatThrownBy(() -> TableFile.open(zip)).hasMessage("registry.file.unsupported");
	}

	@Test
	void readsXlsxNumbersAsPlainDigitsAndDateCellsAsIsoDates() throws IOException {
		Path file = dir.resolve("r.xlsx");
		try (var workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			String[] headers = { "考生号", "身份证号", "学制", "毕业时间", "班级", "入学时间" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Row row = sheet.createRow(2); // row 2 (Excel) left empty
			row.createCell(0).setCellValue(21430101123456d);
			row.createCell(1).setCellValue("43060220030101123X");
			row.createCell(2).setCellValue(3.5);
			var graduation = row.createCell(3);
			graduation.setCellValue(LocalDate.of(2025, 6, 30));
			graduation.setCellStyle(date);
			// column E (班级) left blank
			row.createCell(5).setCellValue("2021/09/01");
			workbook.write(out);
			workbook.dispose();
		}

		TableFile table = TableFile.open(file);

		assertThat(table).isInstanceOf(XlsxTableFile.class);
		assertThat(rows(table)).containsExactly("1:[考生号, 身份证号, 学制, 毕业时间, 班级, 入学时间]",
				"3:[21430101123456, 43060220030101123X, 3.5, 2025-06-30, , 2021/09/01]");
		assertThat(table.countDataRows()).isEqualTo(1);
	}

	@Test
	void headerIsTheFirstNonBlankRow() throws IOException {
		Path file = RegistryFiles.write(dir, "h.csv", "\n,,\n姓名,学号\n张三,1\n", StandardCharsets.UTF_8);

		assertThat(TableFile.open(file).header()).containsExactly("姓名", "学号");
	}

	private static List<String> rows(TableFile table) throws IOException {
		List<String> rows = new ArrayList<>();
		table.read((rowNo, cells) -> rows.add(rowNo + ":" + cells));
		return rows;
	}
}
