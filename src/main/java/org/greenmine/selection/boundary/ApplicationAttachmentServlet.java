package org.greenmine.selection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    FileDownload.serve(
        response,
        FileDownload.idOf(request.getPathInfo()),
        attachments::download,
        "private, no-store");
  }
}
