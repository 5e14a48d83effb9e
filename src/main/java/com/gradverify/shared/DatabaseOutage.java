package com.gradverify.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Tells whether a failure means that the database cannot be reached (stopped, restarting, network
 * gone, no connection free within the pool's timeout) rather than a fault of the request or the
 * code: such a request is answered 503 and may simply be retried later.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether {@code failure} or one of its causes says the database was unreachable. */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down or starting). */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}
}
