package org.greenmine.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.greenmine.content.control.Attachments;
import org.greenmine.platform.boundary.FileDownload;

/**
 * Serves {@code /attachments/<id>/<name>} as a download: the stored type, an attachment
 * disposition, no sniffing, never rendered inline, so an uploaded file cannot run in the portal's
 * origin.
 */
@WebServlet(urlPatterns = "/attachments/*")
public class AttachmentServlet extends HttpServlet {
  @Inject Attachments attachments;

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
        "private, max-age=300");
  }
}
