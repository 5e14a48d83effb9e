package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "owner-only permissions are POSIX permissions")
class SpoolDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void createsAnOwnerOnlyFolderWithOwnerOnlyFiles() throws IOException {
		SpoolDirectory spool = new SpoolDirectory(temp.resolve("spool"));

		Path file = spool.newFile("upload-");

		assertThat(file.getParent()).isEqualTo(temp.resolve("spool"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void tightensAFolderThatOthersCouldRead() throws IOException {
		Path dir = Files.createDirectory(temp.resolve("spool"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

		new SpoolDirectory(dir).newFile("upload-");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
	}

	@Test
	void refusesAFolderThatIsALinkToSomewhereElse() throws IOException {
		Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
		Path link = Files.createSymbolicLink(temp.resolve("spool"), elsewhere);

		assertThatThrownBy(() -> new SpoolDirectory(link).newFile("upload-")).isInstanceOf(IllegalStateException.class);
		assertThat(elsewhere.toFile().list()).isEmpty();
	}

	@Test
	void sweepsFilesLeftByAnEarlierRunAndKeepsThoseOfThisOne() throws IOException {
		SpoolDirectory spool = new SpoolDirectory(temp.resolve("spool"));
		Path leftover = spool.newFile("registry-");
		Files.setLastModifiedTime(leftover, FileTime.fromMillis(0));
		Path current = spool.newFile("registry-");

		assertThat(spool.sweepLeftovers()).isEqualTo(1);

		assertThat(leftover).doesNotExist();
		assertThat(current).exists();
	}

	@Test
	void recreatesTheFolderIfATempCleanerRemovedIt() throws IOException {
		SpoolDirectory spool = new SpoolDirectory(temp.resolve("spool"));
		spool.delete(spool.newFile("upload-"));
		Files.delete(temp.resolve("spool"));

		assertThat(spool.newFile("upload-")).exists();
	}
}
