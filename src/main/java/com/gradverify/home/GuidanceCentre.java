package com.gradverify.home;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The school's 就业指导中心 as students are told to contact it ({@code gradverify.school.guidance-centre.*}).
 * Every value is optional; the pages show the ones given.
 *
 * @param name e.g. 湘江大学学生就业指导中心
 * @param phone the office telephone, e.g. 0731-88880000
 * @param email the office mailbox
 * @param address where the office is, e.g. 行政楼 203 室
 * @param hours when it is open, e.g. 工作日 8:30–12:00，14:30–17:30
 */
@ConfigurationProperties("gradverify.school.guidance-centre")
public record GuidanceCentre(String name, String phone, String email, String address, String hours) {

	/** Whether anything at all was configured, so that a page can leave the contact card out. */
	public boolean configured() {
		return present(name) || present(phone) || present(email) || present(address) || present(hours);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
