package com.gradverify.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.gradverify.shared.IdCardNumber;

/**
 * Writes a registry file (CSV, national column layout) of fictional graduates of the demo school
 * 湘江大学: valid 身份证号 consistent with birth date, gender and 生源地, realistic codes, and a few
 * blank fields as real registries have. Deterministic for a seed, streaming for any size, so the
 * same generator feeds the demo data and the import benchmark.
 */
public final class SyntheticRegistry {

	public static final List<String> HEADERS = List.of("考生号", "身份证号", "姓名", "性别代码", "民族代码", "政治面貌代码",
			"学历代码", "专业代码", "专业名称", "培养方式代码", "定向或委培单位", "生源所在地代码", "学制", "入学时间", "毕业时间", "院系", "班级",
			"学号", "出生日期", "师范生类别代码", "困难生类别代码", "城乡生源代码");

	/** The demo school's colleges and their majors (专业代码 from the 本科专业目录). */
	public static final List<DemoCollege> COLLEGES = List.of(
			new DemoCollege("01", "计算机与信息工程学院",
					List.of(new DemoMajor("080901", "计算机科学与技术"), new DemoMajor("080902", "软件工程"),
							new DemoMajor("080703", "通信工程"))),
			new DemoCollege("02", "经济管理学院",
					List.of(new DemoMajor("020101", "经济学"), new DemoMajor("120202", "市场营销"),
							new DemoMajor("120204", "财务管理"))),
			new DemoCollege("03", "文学与新闻传播学院",
					List.of(new DemoMajor("050101", "汉语言文学"), new DemoMajor("050301", "新闻学"),
							new DemoMajor("050201", "英语"))),
			new DemoCollege("04", "化学化工学院", List.of(new DemoMajor("070301", "化学"),
					new DemoMajor("081301", "化学工程与工艺"), new DemoMajor("070302", "应用化学"))));

	/** County-level units graduates come from: mostly Hunan, some elsewhere, of every naming kind. */
	private static final String[] ORIGINS = { "430102", "430104", "430111", "430121", "430181", "430202", "430223",
			"430281", "430302", "430321", "430382", "430405", "430421", "430481", "430502", "430523", "430529",
			"430602", "430603", "430611", "430621", "430623", "430624", "430626", "430681", "430682", "430702",
			"430721", "430802", "430821", "430902", "430921", "431002", "431021", "431102", "431181", "431202",
			"431221", "431302", "431321", "433101", "433122", "110108", "110105", "310115", "500101", "450102",
			"440305", "441900", "419001", "429004", "420106", "360102", "520102" };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣然子涵梓轩雨萱可馨思远博文一诺佳怡晨曦梦瑶天佑若汐语桐嘉懿沐阳";

	private static final String[] ETHNIC = { "01", "01", "01", "01", "01", "01", "01", "01", "01", "01", "01", "01",
			"01", "01", "01", "01", "15", "06", "12", "13", "03" };

	private static final String[] POLITICAL = { "03", "03", "03", "03", "03", "03", "03", "01", "01", "02", "13",
			"13" };

	private SyntheticRegistry() {
	}

	/** Writes the header line and {@code count} graduates of {@code graduationYear}. */
	public static void writeCsv(Writer out, int graduationYear, int count, long seed) {
		var random = new SplittableRandom(seed);
		try {
			out.write(String.join(",", HEADERS));
			out.write('\n');
			for (int i = 0; i < count; i++) {
				writeRow(out, graduationYear, i, random);
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeRow(Writer out, int year, int index, SplittableRandom random) throws IOException {
		DemoCollege college = COLLEGES.get(index % COLLEGES.size());
		DemoMajor major = college.majors().get(random.nextInt(college.majors().size()));
		boolean master = random.nextInt(100) < 8;
		String educationCode = master ? "11" : random.nextInt(100) < 5 ? "41" : "31";
		String schooling = "11".equals(educationCode) || "41".equals(educationCode) ? "3" : "4";
		int enrolmentYear = year - Integer.parseInt(schooling);
		String origin = ORIGINS[random.nextInt(ORIGINS.length)];
		String gender = random.nextBoolean() ? "1" : "2";
		// birth day and sequence derive from the row index, so no two rows share a 身份证号
		// (a prime times the index, modulo 730 days × 500 sequences, is a bijection: spread yet unique)
		int wrap = index / 365_000;
		int spread = (int) ((index % 365_000L) * 7919 % 365_000);
		LocalDate birth = LocalDate.of(year - 23 - 2 * wrap, 1, 1).plusDays(spread / 500);
		String idCard = idCard(origin, birth, gender, spread % 500);
		int trainingRoll = random.nextInt(100);
		String trainingMode = trainingRoll < 2 ? "2" : trainingRoll < 3 ? "4" : "1";
		String sponsor = "1".equals(trainingMode) ? "" : ORIGIN_SPONSORS[random.nextInt(ORIGIN_SPONSORS.length)];
		String examineeNo = String.format("%02d%s%010d", enrolmentYear % 100, origin.substring(0, 2),
				random.nextLong(10_000_000_000L));
		String studentNo = String.format("%d%s%06d", enrolmentYear, college.code(), index);
		String className = major.name() + (enrolmentYear % 100) + "0" + (1 + random.nextInt(3)) + "班";

		String[] row = { blankSometimes(examineeNo, random, 3), idCard, name(random), gender,
				blankSometimes(ETHNIC[random.nextInt(ETHNIC.length)], random, 2),
				blankSometimes(POLITICAL[random.nextInt(POLITICAL.length)], random, 2), educationCode, major.code(),
				major.name(), trainingMode, sponsor, blankSometimes(origin, random, 3), blankSometimes(schooling, random, 2),
				enrolmentYear + "-09-01", year + "-06-30", college.name(), className, studentNo, birth.toString(),
				random.nextInt(100) < 6 ? "1" : "2", random.nextInt(100) < 10 ? "6" : "0",
				random.nextInt(100) < 45 ? "2" : "1" };
		for (int c = 0; c < row.length; c++) {
			if (c > 0) {
				out.write(',');
			}
			out.write(row[c]);
		}
		out.write('\n');
	}

	private static final String[] ORIGIN_SPONSORS = { "湖南省岳阳市教育局", "湖南省怀化市人民医院", "湖南省邵阳市隆回县教育局",
			"中国人民解放军某部", "湖南华菱钢铁集团有限责任公司" };

	private static String idCard(String region, LocalDate birth, String gender, int slot) {
		int sequence = slot * 2 + ("1".equals(gender) ? 1 : 0);
		String first17 = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth()) + String.format("%03d", sequence);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	private static String name(SplittableRandom random) {
		var name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length() - 2)));
		int length = random.nextInt(100) < 70 ? 2 : 1;
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	private static String blankSometimes(String value, SplittableRandom random, int percent) {
		return random.nextInt(100) < percent ? "" : value;
	}

	public record DemoCollege(String code, String name, List<DemoMajor> majors) {
	}

	public record DemoMajor(String code, String name) {
	}
}
