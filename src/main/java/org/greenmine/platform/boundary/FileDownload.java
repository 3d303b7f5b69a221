package org.greenmine.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongFunction;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.platform.control.UploadStore;

/**
 * Sends a stored upload the one safe way: its checked type, an attachment disposition with the
 * generated name (and the original one encoded for browsers that read it), a sandbox policy, never
 * inline — so an uploaded file cannot run in the portal's origin.
 */
public final class FileDownload {
  private FileDownload() {}

  /** The id in a path such as {@code /<id>/<name>}, or -1. */
  public static long idOf(String pathInfo) {
    String[] parts = (pathInfo == null ? "" : pathInfo).split("/");
    try {
      return Long.parseLong(parts.length > 1 ? parts[1] : "");
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Sends the file {@code find} gives for the id, or a 404 when there is none, the caller may not
   * read it (a refusal is as good as absence), or it is gone from the disk.
   */
  public static void serve(
      HttpServletResponse response,
      long id,
      LongFunction<Optional<? extends UploadStore.Download>> find,
      String cacheControl)
      throws IOException {
    UploadStore.Download found;
    try {
      found =
          id < 0 ? null : find.apply(id).filter(f -> Files.isRegularFile(f.file())).orElse(null);
    } catch (PortalFailure | EJBAccessException e) {
      found = null;
    }
    if (found == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(
        response,
        found.file(),
        found.storedName(),
        found.originalName(),
        found.mediaType(),
        cacheControl);
  }

  public static void send(
      HttpServletResponse response,
      Path file,
      String storedName,
      String originalName,
      String mediaType,
      String cacheControl)
      throws IOException {
    String encoded = URLEncoder.encode(originalName, StandardCharsets.UTF_8).replace("+", "%20");
    response.setContentType(mediaType);
    // bytes, not text: no charset
    response.setCharacterEncoding((String) null);
    response.setContentLengthLong(Files.size(file));
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + storedName + "\"; filename*=UTF-8''" + encoded);
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", cacheControl);
    Files.copy(file, response.getOutputStream());
  }
}
