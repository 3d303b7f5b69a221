package org.greenmine.content.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenmine.content.entity.Attachment;
import org.greenmine.content.entity.Document;
import org.greenmine.platform.control.UploadStore;

/**
 * Attachments: checked by content, stored under {@code <data>/attachments} with generated names
 * (never the uploader's), served only for published items or to the curators of their association.
 */
@Stateless
public class Attachments {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject ContentEditor editor;
  @Inject UploadStore uploads;
  private static final String FOLDER = "attachments";

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Attachment attach(long documentId, String fileName, byte[] content) {
    Document document = editor.load(documentId);
    UploadStore.Stored stored = uploads.store(FOLDER, fileName, content);
    Attachment attachment =
        new Attachment(
            document,
            stored.originalName(),
            stored.storedName(),
            stored.mediaType(),
            stored.size(),
            stored.sha256(),
            session.getCallerPrincipal().getName());
    em.persist(attachment);
    return attachment;
  }

  /** The attachments of an item as its page lists them. */
  @PermitAll
  public List<Attachment> of(Document document) {
    return em.createNamedQuery(Attachment.OF_DOCUMENT, Attachment.class)
        .setParameter("document", document)
        .getResultList();
  }

  /** The attachment and its file, if the caller may download it. */
  @PermitAll
  public Optional<UploadStore.Download> download(long id) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null) {
      return Optional.empty();
    }
    boolean mayRead = attachment.getDocument().isPublished() || curates(attachment.getDocument());
    return mayRead
        ? Optional.of(
            uploads.download(
                FOLDER,
                attachment.getStoredName(),
                attachment.getOriginalName(),
                attachment.getMediaType()))
        : Optional.empty();
  }

  private boolean curates(Document document) {
    if (!session.isCallerInRole("CURATOR") && !session.isCallerInRole("ADMIN")) {
      return false;
    }
    try {
      editor.load(document.getId());
      return true;
    } catch (org.greenmine.platform.control.NotFound e) {
      return false;
    }
  }
}
