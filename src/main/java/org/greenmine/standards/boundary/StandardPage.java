package org.greenmine.standards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.RelatedContent;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.standards.control.PublicComments;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardComment;
import org.greenmine.technology.entity.Technology;

/** A group standard's page: its record, text, the chain of editions and what cites it. */
@Named
@ViewScoped
public class StandardPage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentCatalog catalog;
  @Inject org.greenmine.content.control.Attachments attachments;
  @Inject RelatedContent related;
  @Inject PublicComments comments;

  private String slug;
  private List<org.greenmine.content.entity.Attachment> attached = List.of();
  private Standard standard;
  private List<Standard> editions;
  private List<Standard> replacedBy;
  private List<Technology> technologies;
  private List<CaseStudy> cases;
  private List<Citation> citations;
  private boolean openForComment;
  private List<OwnComment> ownComments = List.of();
  private String clause;
  private StandardComment.Type commentType = StandardComment.Type.TECHNICAL;
  private String commentText;
  private String proposedChange;

  /** One of the reader's own comments on this draft. */
  public record OwnComment(String clause, StandardComment.Type type, String text)
      implements java.io.Serializable {}

  /** A logged-in reader comments on the draft; the text stays in the form if it is refused. */
  public String submitComment() {
    try {
      comments.comment(
          standard.getSlug(),
          new PublicComments.Draft(clause, commentType, commentText, proposedChange));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("comment.thanks");
    PageMessages.keepForRedirect();
    return "/standard?faces-redirect=true&slug=" + standard.getSlug();
  }

  public StandardComment.Type[] getCommentTypes() {
    return StandardComment.Type.values();
  }

  public List<OwnComment> getOwnComments() {
    return ownComments;
  }

  public String getClause() {
    return clause;
  }

  public void setClause(String clause) {
    this.clause = clause;
  }

  public StandardComment.Type getCommentType() {
    return commentType;
  }

  public void setCommentType(StandardComment.Type commentType) {
    this.commentType = commentType;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public String getProposedChange() {
    return proposedChange;
  }

  public void setProposedChange(String proposedChange) {
    this.proposedChange = proposedChange;
  }

  /** A cited standard with where to read about it in the portal, if anywhere. */
  public record Citation(String code, String titleZh, String titleEn, String url)
      implements java.io.Serializable {
    public String title(java.util.Locale locale) {
      return "zh".equals(locale.getLanguage()) || titleEn == null ? titleZh : titleEn;
    }
  }

  public void load() {
    standard = catalog.published(Standard.class, slug).orElse(null);
    if (standard == null) {
      PageResponses.notFound();
      return;
    }
    attached = attachments.of(standard);
    editions = new ArrayList<>();
    for (Standard earlier = standard.getReplaces();
        earlier != null;
        earlier = earlier.getReplaces()) {
      editions.add(earlier);
    }
    replacedBy = related.replacedBy(standard);
    technologies = related.technologiesCiting(standard.getCode());
    cases = related.casesCiting(standard.getCode());
    citations =
        standard.getNormativeReferences().stream()
            .map(
                code ->
                    related
                        .groupStandard(code)
                        .map(s -> new Citation(code, s.getTitleZh(), s.getTitleEn(), s.url()))
                        .or(
                            () ->
                                related
                                    .reference(code)
                                    .map(
                                        r ->
                                            new Citation(
                                                code, r.getTitleZh(), r.getTitleEn(), null)))
                        .orElse(new Citation(code, null, null, null)))
            .toList();
    openForComment =
        StandardLifecycle.openForComment(
            standard.getStage(),
            standard.getCommentOpens(),
            standard.getCommentCloses(),
            LocalDate.now());
    boolean loggedIn =
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
            != null;
    if (openForComment && loggedIn) {
      ownComments =
          comments.mine(slug).stream()
              .map(c -> new OwnComment(c.getClause(), c.getType(), c.getText()))
              .toList();
    }
  }

  public List<org.greenmine.content.entity.Attachment> getAttached() {
    return attached;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Standard getStandard() {
    return standard;
  }

  public List<Standard> getEditions() {
    return editions;
  }

  public List<Standard> getReplacedBy() {
    return replacedBy;
  }

  public List<Technology> getTechnologies() {
    return technologies;
  }

  public List<CaseStudy> getCases() {
    return cases;
  }

  public List<Citation> getCitations() {
    return citations;
  }

  public boolean isOpenForComment() {
    return openForComment;
  }
}
