package org.greenmine.selection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.greenmine.selection.control.ApplicationAttachments;

/**
 * Serves {@code /application-attachments/<id>/<name>} as a download to those who may read the
 * application's files (the applicant, its curators, administrators, the experts judging it) and a
 * 404 to anyone else: the stored type, an attachment disposition, a sandbox, never inline.
 */
@WebServlet(urlPatterns = "/application-attachments/*")
public class ApplicationAttachmentServlet extends HttpServlet {
  @Inject ApplicationAttachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String[] parts = path.split("/");
    long id;
    try {
      id = Long.parseLong(parts.length > 1 ? parts[1] : "");
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var download = attachments.download(id).filter(d -> Files.isRegularFile(d.file()));
    if (download.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var attachment = download.get().attachment();
    String encoded =
        URLEncoder.encode(attachment.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setContentType(attachment.getMediaType());
    // bytes, not text: no charset
    response.setCharacterEncoding((String) null);
    response.setContentLengthLong(Files.size(download.get().file()));
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + attachment.getStoredName() + "\"; filename*=UTF-8''" + encoded);
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    Files.copy(download.get().file(), response.getOutputStream());
  }
}
