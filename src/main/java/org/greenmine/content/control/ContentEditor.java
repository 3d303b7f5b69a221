package org.greenmine.content.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Association;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.content.entity.Revision;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.platform.control.Conflict;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.Phrase;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardNumber;
import org.greenmine.standards.entity.StandardStage;
import org.greenmine.technology.entity.Technology;

/**
 * Curators' work on content: every save is a revision, every state change is checked against the
 * workflow, a save based on an outdated version is refused as a conflict, and nobody touches
 * another association's content. The roles are checked here, whatever page or API calls.
 */
@Stateless
@RolesAllowed({"CURATOR", "ADMIN"})
public class ContentEditor {
  static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AccountDirectory accounts;
  @Inject AssociationRegistry associations;
  @Inject Event<ContentChanged> changes;

  /** What a curator creates by title (a standard is proposed by its number instead). */
  public enum NewItem {
    TECHNOLOGY,
    CASE,
    POLICY,
    NEWS
  }

  /** The text a curator submits, with the version it was based on. */
  public record Text(
      String titleZh,
      String titleEn,
      String summaryZh,
      String summaryEn,
      String markdown,
      long basedOnVersion,
      String note) {}

  public Document load(long id) {
    Document document = em.find(Document.class, id);
    if (document == null) {
      throw new NotFound("content.notFound");
    }
    checkScope(document.getAssociation());
    return document;
  }

  /**
   * What this curator may work on: their association's content, or everything for administrators.
   */
  public List<Document> workList() {
    if (session.isCallerInRole("ADMIN")) {
      return em.createQuery("SELECT d FROM Document d ORDER BY d.updatedAt DESC", Document.class)
          .setMaxResults(500)
          .getResultList();
    }
    Association own = callerAssociation();
    return em.createQuery(
            "SELECT d FROM Document d WHERE d.association = :own ORDER BY d.updatedAt DESC",
            Document.class)
        .setParameter("own", own)
        .setMaxResults(500)
        .getResultList();
  }

  public Document save(long id, Text text) {
    return save(id, text, null);
  }

  /**
   * Saves the text and, when given, the kind's own fields (checked by the seed loader's rules, see
   * {@link DocumentFields}) as one revision; a refused field leaves the item as it was.
   */
  public Document save(long id, Text text, java.util.Map<String, String> fields) {
    return write(id, text, fields, null);
  }

  /** The save itself; {@code restoredFrom} is the revision whose text comes back, or null. */
  private Document write(
      long id, Text text, java.util.Map<String, String> fields, Integer restoredFrom) {
    Document document = load(id);
    if (document.getVersion() != text.basedOnVersion()) {
      throw new Conflict("content.conflict");
    }
    check(text);
    if (fields != null) {
      DocumentFields.apply(document, FrontMatterDocument.ofForm(fields), new EntityLinks(em));
      if (document.getState() != PublicationState.DRAFT) {
        checkComplete(document);
      }
    }
    // an empty text area arrives as null
    String markdown = text.markdown() == null ? "" : text.markdown();
    document.rewrite(
        text.titleZh().strip(),
        text.titleEn().strip(),
        blankToNull(text.summaryZh()),
        blankToNull(text.summaryEn()),
        markdown,
        RENDERER.toSafeHtml(markdown));
    int number = nextRevision(document);
    em.persist(
        restoredFrom == null
            ? new Revision(document, number, caller(), blankToNull(text.note()))
            : Revision.restoring(document, number, caller(), restoredFrom));
    em.flush();
    changes.fire(new ContentChanged(document.getId(), document.kind(), document.isPublished()));
    return document;
  }

  public Document move(long id, long basedOnVersion, PublicationState target) {
    Document document = load(id);
    if (document.getVersion() != basedOnVersion) {
      throw new Conflict("content.conflict");
    }
    if (!document.getState().canMoveTo(target)) {
      throw new InvalidInput("content.state.forbidden", document.getState(), target);
    }
    if (target == PublicationState.IN_REVIEW || target == PublicationState.PUBLISHED) {
      checkComplete(document);
    }
    boolean wasPublished = document.isPublished();
    document.moveTo(target);
    em.flush();
    if (wasPublished || document.isPublished()) {
      changes.fire(new ContentChanged(document.getId(), document.kind(), document.isPublished()));
    }
    return document;
  }

  public Document restore(long id, int revisionNumber, long basedOnVersion) {
    Revision old =
        revisions(id).stream()
            .filter(r -> r.getNumber() == revisionNumber)
            .findFirst()
            .orElseThrow(() -> new NotFound("content.revision.notFound"));
    return write(
        id,
        new Text(
            old.getTitleZh(),
            old.getTitleEn(),
            old.getSummaryZh(),
            old.getSummaryEn(),
            old.getBodyMarkdown(),
            basedOnVersion,
            null),
        null,
        revisionNumber);
  }

  public List<Revision> revisions(long id) {
    Document document = load(id);
    return em.createNamedQuery(Revision.OF_DOCUMENT, Revision.class)
        .setParameter("document", document)
        .getResultList();
  }

  /**
   * The associations this caller may create content for: their own, or every one for administrators
   * (who belong to none).
   */
  public List<Association> creatableFor() {
    return session.isCallerInRole("ADMIN") ? associations.all() : List.of(callerAssociation());
  }

  /**
   * A new technology, case study, policy or news item as a draft, to be filled in on the edit page;
   * the slug is made from the English title when none is given.
   */
  public Document create(
      NewItem kind, String slug, String titleZh, String titleEn, String associationCode) {
    if (kind == null) {
      throw new InvalidInput("content.kind.missing");
    }
    Association association = creatingFor(associationCode);
    if (titleZh == null || titleZh.isBlank() || titleEn == null || titleEn.isBlank()) {
      throw new InvalidInput("content.title.missing");
    }
    String chosen = slug == null || slug.isBlank() ? DocumentFields.slugOf(titleEn) : slug.strip();
    if (!DocumentFields.isSlug(chosen)) {
      throw new InvalidInput("content.slug.invalid", chosen);
    }
    Document document =
        switch (kind) {
          case TECHNOLOGY -> new Technology(chosen, association, titleZh.strip(), titleEn.strip());
          case CASE -> new CaseStudy(chosen, association, titleZh.strip(), titleEn.strip());
          case POLICY, NEWS ->
              new NewsItem(
                  chosen,
                  association,
                  titleZh.strip(),
                  titleEn.strip(),
                  NewsItem.Category.valueOf(kind.name()));
        };
    if (!em.createQuery(
            "SELECT d.id FROM Document d WHERE TYPE(d) = :type AND d.slug = :slug", Long.class)
        .setParameter("type", document.getClass())
        .setParameter("slug", chosen)
        .getResultList()
        .isEmpty()) {
      throw new Conflict("content.slug.taken", chosen);
    }
    em.persist(document);
    em.persist(new Revision(document, 1, caller(), Revision.Event.CREATED));
    return document;
  }

  /** A new group standard of the curator's association, as a draft at the proposal stage. */
  public Standard proposeStandard(
      String code, String titleZh, String titleEn, String associationCode) {
    Association association = creatingFor(associationCode);
    StandardNumber number = StandardNumber.parse(code).issuedBy(association.getStandardPrefix());
    if (!em.createNamedQuery(Standard.BY_CODE, Standard.class)
        .setParameter("code", number.toString())
        .getResultList()
        .isEmpty()) {
      throw new Conflict("standard.number.taken", number);
    }
    if (titleZh == null || titleZh.isBlank() || titleEn == null || titleEn.isBlank()) {
      throw new InvalidInput("content.title.missing");
    }
    Standard standard = new Standard(number, association, titleZh.strip(), titleEn.strip());
    em.persist(standard);
    em.persist(new Revision(standard, 1, caller(), Revision.Event.PROPOSED));
    return standard;
  }

  /** Sets the public comment period of a standard that has not yet entered it. */
  public Standard setCommentPeriod(
      long id,
      long basedOnVersion,
      java.time.LocalDate opens,
      java.time.LocalDate closes,
      String reason) {
    if (!(load(id) instanceof Standard standard)) {
      throw new NotFound("content.notFound");
    }
    if (standard.getVersion() != basedOnVersion) {
      throw new Conflict("content.conflict");
    }
    StandardLifecycle.checkCommentPeriod(opens, closes, reason);
    standard.openCommentPeriod(
        opens, closes, reason == null || reason.isBlank() ? null : reason.strip());
    em.flush();
    return standard;
  }

  public Standard moveStandard(long id, long basedOnVersion, StandardStage target) {
    if (!(load(id) instanceof Standard standard)) {
      throw new NotFound("content.notFound");
    }
    if (standard.getVersion() != basedOnVersion) {
      throw new Conflict("content.conflict");
    }
    StandardLifecycle.checkMove(standard.getStage(), target);
    if (target == StandardStage.PUBLIC_COMMENT) {
      StandardLifecycle.checkCommentPeriod(
          standard.getCommentOpens(), standard.getCommentCloses(), standard.getShortPeriodReason());
    }
    standard.enterStage(target);
    em.flush();
    if (standard.isPublished()) {
      // the stage is a search facet
      changes.fire(new ContentChanged(standard.getId(), standard.kind(), true));
    }
    return standard;
  }

  private void check(Text text) {
    if (text.titleZh() == null
        || text.titleZh().isBlank()
        || text.titleEn() == null
        || text.titleEn().isBlank()) {
      throw new InvalidInput("content.title.missing");
    }
    if (text.markdown() != null
        && text.markdown().length() > MarkdownRenderer.MAX_MARKDOWN_LENGTH) {
      throw new InvalidInput("content.body.tooLong", MarkdownRenderer.MAX_MARKDOWN_LENGTH);
    }
  }

  /** An item in review, published or archived keeps what readers and the facets rely on. */
  private static void checkComplete(Document document) {
    List<String> missing = document.missingForPublication();
    if (!missing.isEmpty()) {
      throw new InvalidInput(
          "content.incomplete",
          missing.stream().map(field -> new Phrase("field." + field)).toList());
    }
  }

  private Association creatingFor(String associationCode) {
    Association association =
        associationCode == null || associationCode.isBlank()
            ? callerAssociation()
            : associations
                .byCode(associationCode)
                .orElseThrow(() -> new InvalidInput("association.unknown", associationCode));
    checkScope(association);
    return association;
  }

  private int nextRevision(Document document) {
    Integer last =
        em.createQuery("SELECT MAX(r.number) FROM Revision r WHERE r.document = :d", Integer.class)
            .setParameter("d", document)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  private void checkScope(Association contentAssociation) {
    Association own = session.isCallerInRole("ADMIN") ? null : callerAssociation();
    boolean allowed =
        CuratorScope.mayCurate(
            session.isCallerInRole("ADMIN"),
            session.isCallerInRole("CURATOR"),
            own == null ? null : own.getCode(),
            contentAssociation.getCode());
    if (!allowed) {
      // another association's content is as good as absent to this curator
      throw new NotFound("content.notFound");
    }
  }

  private Association callerAssociation() {
    Association own = accounts.findByUsername(caller()).map(Account::getAssociation).orElse(null);
    if (own == null) {
      throw new InvalidInput("content.curator.noAssociation");
    }
    return own;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
