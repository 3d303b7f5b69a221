package org.greenmine.standards.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.ContentEditor;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.platform.control.NotFound;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardComment;

/**
 * Members comment on drafts in public comment; curators of the standard's association resolve each
 * comment after the period and export the comment-resolution table.
 */
@Stateless
public class PublicComments {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AccountDirectory accounts;
  @Inject ContentEditor editor;
  @Inject ContentCatalog catalog;
  @Inject Event<CommentResolved> resolved;

  Clock clock = Clock.systemDefaultZone();

  /** A comment as submitted by a member. */
  public record Draft(
      String clause, StandardComment.Type type, String text, String proposedChange) {}

  @RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
  public StandardComment comment(String standardSlug, Draft draft) {
    Standard standard = publishedStandard(standardSlug);
    CommentRules.checkComment(
        standard.getStage(),
        standard.getCommentOpens(),
        standard.getCommentCloses(),
        LocalDate.now(clock),
        draft.clause(),
        draft.text());
    String author = session.getCallerPrincipal().getName();
    String organisation = accounts.findByUsername(author).map(a -> a.getDisplayName()).orElse(null);
    StandardComment comment =
        new StandardComment(
            standard,
            author,
            organisation,
            draft.clause().strip(),
            draft.type() == null ? StandardComment.Type.GENERAL : draft.type(),
            draft.text().strip(),
            draft.proposedChange() == null || draft.proposedChange().isBlank()
                ? null
                : draft.proposedChange().strip());
    em.persist(comment);
    return comment;
  }

  /** The caller's own comments on a standard. */
  @RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
  public List<StandardComment> mine(String standardSlug) {
    String author = session.getCallerPrincipal().getName();
    return all(publishedStandard(standardSlug)).stream()
        .filter(c -> c.getAuthor().equals(author))
        .toList();
  }

  /** Every comment on the standard; the curator must curate its association. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<StandardComment> forResolution(long standardId) {
    return all(curated(standardId));
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public StandardComment resolve(
      long commentId, StandardComment.Disposition disposition, String reason) {
    StandardComment comment = em.find(StandardComment.class, commentId);
    if (comment == null) {
      throw new NotFound("comment.notFound");
    }
    Standard standard = curated(comment.getStandard().getId());
    CommentRules.checkDisposition(
        CommentRules.closed(standard.getStage(), standard.getCommentCloses(), LocalDate.now(clock)),
        disposition,
        reason);
    comment.resolve(
        disposition,
        reason == null ? null : reason.strip(),
        session.getCallerPrincipal().getName());
    resolved.fire(
        new CommentResolved(
            comment.getId(),
            comment.getAuthor(),
            standard.getCode(),
            standard.getSlug(),
            standard.getTitleZh(),
            standard.getTitleEn(),
            comment.getClause(),
            comment.getDisposition(),
            comment.getReason()));
    return comment;
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public boolean periodClosed(long standardId) {
    Standard standard = curated(standardId);
    return CommentRules.closed(
        standard.getStage(), standard.getCommentCloses(), LocalDate.now(clock));
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Standard curated(long standardId) {
    if (!(editor.load(standardId) instanceof Standard standard)) {
      throw new NotFound("content.notFound");
    }
    return standard;
  }

  private List<StandardComment> all(Standard standard) {
    return em.createNamedQuery(StandardComment.OF_STANDARD, StandardComment.class)
        .setParameter("standard", standard)
        .getResultList();
  }

  private Standard publishedStandard(String slug) {
    return catalog
        .published(Standard.class, slug)
        .orElseThrow(() -> new NotFound("content.notFound"));
  }
}
