package org.greenmine.platform.boundary;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with a status instead of a page. */
public final class PageResponses {
  private PageResponses() {}

  /** A 404: also what a draft's public address answers, so drafts do not reveal that they exist. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
