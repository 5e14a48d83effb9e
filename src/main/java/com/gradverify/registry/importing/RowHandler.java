package com.gradverify.registry.importing;

import java.util.List;

/** Receives the rows of a table file in order; {@code rowNo} is the row number the user sees. */
@FunctionalInterface
interface RowHandler {

	void row(int rowNo, List<String> cells) throws Exception;
}
