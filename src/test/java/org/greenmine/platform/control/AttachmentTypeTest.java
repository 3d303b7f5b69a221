package org.greenmine.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {
  static byte[] zip(String... entries) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String refusal(String name, byte[] content) {
    try {
      AttachmentType.check(name, content);
      return "accepted";
    } catch (InvalidInput e) {
      return e.messageKey();
    }
  }

  @Test
  void filesAreRecognisedByContent() throws Exception {
    assertThat(AttachmentType.check("标准.pdf", "%PDF-1.7\n...".getBytes()))
        .isEqualTo(AttachmentType.PDF);
    assertThat(
            AttachmentType.check(
                "photo.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo(AttachmentType.JPEG);
    assertThat(AttachmentType.check("table.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")))
        .isEqualTo(AttachmentType.XLSX);
    assertThat(AttachmentType.check("text.docx", zip("[Content_Types].xml", "word/document.xml")))
        .isEqualTo(AttachmentType.DOCX);
  }

  @Test
  void aNameThatLiesOrAnUnknownContentIsRefused() throws Exception {
    assertThat(refusal("report.pdf", "<html><script>alert(1)</script>".getBytes()))
        .isEqualTo("attachment.type");
    assertThat(refusal("evil.pdf.html", "%PDF-1.4".getBytes())).isEqualTo("attachment.mismatch");
    assertThat(refusal("photo.png", "%PDF-1.4".getBytes())).isEqualTo("attachment.mismatch");
    assertThat(refusal("archive.docx", zip("random.txt"))).isEqualTo("attachment.type");
    assertThat(
            refusal(
                "macro.docx",
                zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
        .isEqualTo("attachment.type");
    assertThat(refusal("empty.pdf", new byte[0])).isEqualTo("attachment.empty");
    assertThat(refusal("big.pdf", new byte[(int) AttachmentType.MAX_BYTES + 1]))
        .isEqualTo("attachment.tooLarge");
  }

  @Test
  void namesLoseFoldersAndControlCharacters() {
    assertThat(AttachmentType.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentType.safeName("C:\\\\docs\\\\规范\"\n.pdf")).isEqualTo("规范.pdf");
    assertThat(AttachmentType.safeName("")).isEqualTo("attachment");
  }
}
