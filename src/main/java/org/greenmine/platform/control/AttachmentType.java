package org.greenmine.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types an attachment may be, recognised by their content, not by their name: a PDF starts
 * with {@code %PDF-}, a PNG and a JPEG with their signatures, a DOCX or XLSX is a ZIP holding the
 * Word or Excel main part. The name's extension must agree with the content.
 */
public enum AttachmentType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  public static final long MAX_BYTES = 20L * 1024 * 1024;
  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

  private final String mediaType;
  private final String[] extensions;

  AttachmentType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extensions[0];
  }

  /** Checks a file and says what it is, or refuses it with the reason. */
  public static AttachmentType check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInput("attachment.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInput("attachment.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    AttachmentType detected =
        detect(content).orElseThrow(() -> new InvalidInput("attachment.type", safeName(fileName)));
    String extension = extensionOf(fileName);
    if (Arrays.stream(detected.extensions).noneMatch(extension::equals)) {
      throw new InvalidInput("attachment.mismatch", safeName(fileName), detected.extension());
    }
    return detected;
  }

  static Optional<AttachmentType> detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return officeType(content);
    }
    return Optional.empty();
  }

  private static Optional<AttachmentType> officeType(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      boolean contentTypes = false;
      AttachmentType found = null;
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry();
          entry != null && entries < 2_000;
          entry = zip.getNextEntry()) {
        entries++;
        String name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
        } else if (name.equals("word/document.xml")) {
          found = DOCX;
        } else if (name.equals("xl/workbook.xml")) {
          found = XLSX;
        }
        if (name.startsWith("word/vbaProject") || name.startsWith("xl/vbaProject")) {
          // documents with macros are not accepted, whatever they are called
          return Optional.empty();
        }
      }
      return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The name as shown and offered for download: no folders, no control characters, not too long.
   */
  public static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "attachment";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String extensionOf(String fileName) {
    String name = safeName(fileName);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
