package com.gradverify.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verified graduates (实名认证 approved by both levels through the real services), their reviewers,
 * a complete 协议 form and a scan to attach.
 */
public final class AgreementFixtures {

	public final Graduates graduates;

	private final ReviewService reviews;

	public final long college;

	public final SignedInAccount collegeReviewer;

	public final SignedInAccount schoolReviewer;

	public AgreementFixtures(JdbcClient jdbc, BindingService binding, VerificationService verification,
			ReviewService reviews) {
		this.graduates = new Graduates(jdbc, binding, verification);
		this.reviews = reviews;
		this.college = graduates.college();
		this.collegeReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		this.schoolReviewer = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
	}

	/** A graduate whose 实名认证 both levels approved. */
	public Graduate verified() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		approveBoth("VERIFICATION", id);
		return graduate;
	}

	public void approveBoth(String kind, long id) {
		reviews.decide(collegeReviewer, kind, id, Decision.APPROVE, null, null);
		reviews.decide(schoolReviewer, kind, id, Decision.APPROVE, null, null);
	}

	public static AgreementForm completeForm() {
		var form = new AgreementForm();
		form.setEmployerName("福建某某科技有限公司");
		form.setCreditCode("91350100M000100Y43");
		form.setEmployerNatureCode("39");
		form.setIndustryCode("I");
		form.setEmployerDivisionCode("430602");
		form.setPosition("软件工程师");
		form.setContactPerson("王经理");
		form.setContactPhone("0591-87654321");
		form.setAgreementNo("XY2026-0001");
		form.setSignedOn(LocalDate.of(2026, 3, 1));
		form.setDestinationCode("10");
		return form;
	}

	public static BreachForm breachForm() {
		var form = new BreachForm();
		form.setReason("考取研究生，经与单位协商解除协议");
		form.setNewEmployerName("湖南某某研究院");
		return form;
	}

	public static InputStream scan() {
		return new ByteArrayInputStream(scanBytes());
	}

	/** A small PNG, as a phone photo of the signed page would be after the evidence module re-encodes it. */
	public static byte[] scanBytes() {
		var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 48; y++) {
			for (int x = 0; x < 64; x++) {
				image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
			}
		}
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
