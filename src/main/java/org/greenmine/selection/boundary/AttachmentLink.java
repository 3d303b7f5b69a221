package org.greenmine.selection.boundary;

import java.io.Serializable;
import org.greenmine.selection.entity.ApplicationAttachment;

/** An application's file as the pages link it: {@code /application-attachments/<id>/<name>}. */
public record AttachmentLink(long id, String name, String storedName, long size)
    implements Serializable {
  static AttachmentLink of(ApplicationAttachment a) {
    return new AttachmentLink(a.getId(), a.getOriginalName(), a.getStoredName(), a.getSize());
  }

  /** The path below the context path. */
  public String path() {
    return "/application-attachments/" + id + "/" + storedName;
  }

  public double kilobytes() {
    return size / 1024.0;
  }
}
