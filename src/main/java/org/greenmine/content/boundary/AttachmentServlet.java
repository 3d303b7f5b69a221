package org.greenmine.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    FileDownload.serve(
        response,
        FileDownload.idOf(request.getPathInfo()),
        attachments::download,
        "private, max-age=300");
  }
}
