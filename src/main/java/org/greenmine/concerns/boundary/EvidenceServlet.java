package org.greenmine.concerns.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.platform.boundary.FileDownload;
import org.greenmine.platform.control.PortalFailure;

/**
 * Serves a concern's evidence to the curators of its association only ({@code /curate/*} needs the
 * role; {@link Concerns} checks the association), always as a download that cannot run.
 */
@WebServlet(urlPatterns = "/curate/concern-evidence")
public class EvidenceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Concerns concerns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("id")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Concerns.EvidenceFile file;
    try {
      file = concerns.evidenceFile(id).filter(f -> Files.isRegularFile(f.file())).orElse(null);
    } catch (PortalFailure | jakarta.ejb.EJBAccessException e) {
      file = null;
    }
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(
        response,
        file.file(),
        file.evidence().getStoredName(),
        file.evidence().getFileName(),
        file.evidence().getMediaType(),
        "private, no-store");
  }
}
