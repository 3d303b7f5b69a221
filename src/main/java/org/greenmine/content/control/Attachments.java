package org.greenmine.content.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenmine.content.entity.Attachment;
import org.greenmine.content.entity.Document;
import org.greenmine.platform.control.PortalSettings;

/**
 * Attachments: checked by content, stored under {@code <data>/attachments} with generated names
 * (never the uploader's), served only for published items or to the curators of their association.
 */
@Stateless
public class Attachments {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject ContentEditor editor;
  @Inject PortalSettings settings;

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Attachment attach(long documentId, String fileName, byte[] content) {
    Document document = editor.load(documentId);
    AttachmentType type = AttachmentType.check(fileName, content);
    String storedName = UUID.randomUUID() + "." + type.extension();
    Path file = folder().resolve(storedName);
    try {
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store attachment " + storedName, e);
    }
    Attachment attachment =
        new Attachment(
            document,
            AttachmentType.safeName(fileName),
            storedName,
            type.mediaType(),
            content.length,
            sha256(content),
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
  public Optional<Download> download(long id) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null) {
      return Optional.empty();
    }
    boolean mayRead = attachment.getDocument().isPublished() || curates(attachment.getDocument());
    return mayRead
        ? Optional.of(new Download(attachment, folder().resolve(attachment.getStoredName())))
        : Optional.empty();
  }

  /** What the download servlet needs. */
  public record Download(Attachment attachment, Path file) {}

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

  private Path folder() {
    Path folder = settings.dataDir().resolve("attachments");
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
