package org.greenmine.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where uploaded files go, whoever uploads them (attachments to content, an application's files, a
 * concern's evidence): checked by their content ({@link AttachmentType}), stored under {@code
 * <data>/<folder>} with a generated name (never the uploader's), and only ever served as downloads.
 */
@ApplicationScoped
public class UploadStore {
  @Inject PortalSettings settings;

  /** A stored file: the uploader's name made safe for display, and what was stored. */
  public record Stored(
      String originalName, String storedName, String mediaType, long size, String sha256) {}

  /** A stored upload the caller may read, as its download needs it. */
  public record Download(Path file, String storedName, String originalName, String mediaType) {}

  /** The download of a stored file, under the name its uploader gave it. */
  public Download download(
      String folder, String storedName, String originalName, String mediaType) {
    return new Download(file(folder, storedName), storedName, originalName, mediaType);
  }

  /** Checks the file and writes it; a refused file writes nothing. */
  public Stored store(String folder, String fileName, byte[] content) {
    AttachmentType type = AttachmentType.check(fileName, content);
    String storedName = UUID.randomUUID() + "." + type.extension();
    try {
      Files.write(
          folder(folder).resolve(storedName),
          content,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store upload " + storedName, e);
    }
    return new Stored(
        AttachmentType.safeName(fileName),
        storedName,
        type.mediaType(),
        content.length,
        sha256(content));
  }

  public Path file(String folder, String storedName) {
    return folder(folder).resolve(storedName);
  }

  private Path folder(String name) {
    try {
      return Files.createDirectories(settings.dataDir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
