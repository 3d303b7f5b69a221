package org.greenmine.selection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.greenmine.platform.boundary.FileDownload;
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
    long id = FileDownload.idOf(request.getPathInfo());
    if (id < 0) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var download = attachments.download(id).filter(d -> Files.isRegularFile(d.file()));
    if (download.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var attachment = download.get().attachment();
    FileDownload.send(
        response,
        download.get().file(),
        attachment.getStoredName(),
        attachment.getOriginalName(),
        attachment.getMediaType(),
        "private, no-store");
  }
}
