package com.gradverify.registry.importing;

import java.io.IOException;
import java.nio.file.Path;

import com.gradverify.shared.tabular.XlsxSheetReader;
import com.gradverify.shared.tabular.XlsxSheetReader.UnreadableWorkbookException;

/** An XLSX registry file: its first sheet, streamed by the shared {@link XlsxSheetReader}. */
final class XlsxTableFile extends TableFile {

	XlsxTableFile(Path path) {
		super(path);
	}

	@Override
	void read(RowHandler handler) throws IOException {
		try {
			XlsxSheetReader.read(path, handler::row);
		}
		catch (UnreadableWorkbookException ex) {
			throw new RegistryFileException(ex.noSheet() ? "registry.file.empty" : "registry.file.unreadable");
		}
	}
}
