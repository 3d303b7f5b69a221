package org.greenmine.concerns.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.platform.boundary.FileDownload;

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
      id = -1;
    }
    FileDownload.serve(response, id, concerns::evidenceFile, "private, no-store");
  }
}
