package com.gradverify.review;

/** 学院审核, then 学校审核. */
public enum ReviewLevel {
	COLLEGE, SCHOOL
}
