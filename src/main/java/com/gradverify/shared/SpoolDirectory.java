package com.gradverify.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where uploads wait while they are checked or imported. They carry personal data, so
 * on POSIX file systems the folder is owner-only (0700), must belong to the user the application
 * runs as (a folder someone else made in a shared {@code /tmp} is refused, not used), and every
 * file in it is owner-only (0600). Files a crashed process left behind are removed by
 * {@link #sweepLeftovers()} at start-up. Give each running instance a folder of its own; the sweep
 * only removes files older than this JVM, so even a shared folder loses no upload begun after the
 * restart.
 */
public final class SpoolDirectory {

	private static final Logger log = LoggerFactory.getLogger(SpoolDirectory.class);

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	private final Path dir;

	private final boolean posix;

	public SpoolDirectory(Path dir) {
		this.dir = dir.toAbsolutePath().normalize();
		this.posix = this.dir.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	public Path path() {
		return secured();
	}

	/** A new empty owner-only file in the folder; the caller deletes it with {@link #delete}. */
	public Path newFile(String prefix) {
		Path folder = secured();
		try {
			return posix ? Files.createTempFile(folder, prefix, ".part", OWNER_ONLY_FILE)
					: Files.createTempFile(folder, prefix, ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a spool file in " + folder, ex);
		}
	}

	/** Deletes a spool file if it is still there; a failure is logged, never thrown. */
	public void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete spool file {}", file, ex);
		}
	}

	/** Deletes the files left from before this JVM started; returns how many. */
	public int sweepLeftovers() {
		FileTime started = FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime());
		List<Path> leftovers;
		try (Stream<Path> files = Files.list(secured())) {
			leftovers = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter(file -> modified(file).compareTo(started) < 0)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the spool folder " + dir, ex);
		}
		leftovers.forEach(this::delete);
		if (!leftovers.isEmpty()) {
			log.info("Removed {} upload(s) left in {} by an earlier run", leftovers.size(), dir);
		}
		return leftovers.size();
	}

	/** The folder, created if missing (a temp cleaner may have removed it) and checked to be private. */
	private Path secured() {
		try {
			if (!posix) {
				return Files.createDirectories(dir);
			}
			if (Files.notExists(dir, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
			}
			requireOwnFolder();
			if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY_FOLDER)) {
				Files.setPosixFilePermissions(dir, OWNER_ONLY_FOLDER);
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the spool folder " + dir, ex);
		}
	}

	private void requireOwnFolder() throws IOException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			throw new IllegalStateException("Spool folder " + dir + " is not a folder (a link or a file?)");
		}
		FileSystem fs = dir.getFileSystem();
		UserPrincipal me = fs.getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
		if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).equals(me)) {
			throw new IllegalStateException("Spool folder " + dir + " belongs to another user; uploads would be readable");
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			// gone meanwhile: nothing to sweep
			return FileTime.fromMillis(Long.MAX_VALUE);
		}
	}

	@Override
	public String toString() {
		return dir.toString();
	}
}
