package com.gradverify.wechat;

/** WeChat refused a request or could not be reached; {@link #kind} decides what the student is told. */
class WeChatException extends RuntimeException {

	enum Kind {
		/** 40029: the code is unknown or has expired (five minutes). */
		INVALID_CODE,
		/** 40163: the code was used already, e.g. the callback page was reloaded. */
		CODE_USED,
		/** any other error code, or an answer without an openid */
		REFUSED,
		/** no answer: connection refused, timeout, HTTP error status */
		UNAVAILABLE
	}

	private final Kind kind;

	WeChatException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	WeChatException(Kind kind, String message) {
		this(kind, message, null);
	}

	Kind kind() {
		return kind;
	}

	/** The kind WeChat's {@code errcode} stands for. */
	static Kind kindOf(long errcode) {
		if (errcode == 40029) {
			return Kind.INVALID_CODE;
		}
		return errcode == 40163 ? Kind.CODE_USED : Kind.REFUSED;
	}
}
