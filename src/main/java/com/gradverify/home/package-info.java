/**
 * The student's home page (seed 图2) and help page: where each of 实名认证, 申请异动, 协议 and 违约
 * stands, the next thing to do, and the school's 就业指导中心 contact
 * ({@code gradverify.school.guidance-centre.*}, {@link com.gradverify.home.GuidanceCentre}). It owns
 * no tables and reads every state through the other modules' public services.
 */
package com.gradverify.home;
