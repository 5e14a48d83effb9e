package com.gradverify.registry.importing;

import java.util.List;

/** A file that cannot be imported at all; {@code code} names the message shown to the user. */
class RegistryFileException extends RuntimeException {

	private final String code;

	private final transient List<String> args;

	RegistryFileException(String code, List<String> args) {
		super(code);
		this.code = code;
		this.args = List.copyOf(args);
	}

	RegistryFileException(String code) {
		this(code, List.of());
	}

	String code() {
		return code;
	}

	List<String> args() {
		return args;
	}
}
