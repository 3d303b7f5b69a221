package org.greenmine.standards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.standards.control.PublicComments;
import org.greenmine.standards.entity.StandardComment;

/** A member's comment on a draft standard, clause by clause, and the comments they already made. */
@Named
@ViewScoped
public class CommentForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PublicComments comments;

  /** One of the member's own comments. */
  public record Own(
      String clause,
      StandardComment.Type type,
      String text,
      StandardComment.Disposition disposition)
      implements Serializable {}

  private String slug;
  private String clause;
  private StandardComment.Type type = StandardComment.Type.TECHNICAL;
  private String text;
  private String proposedChange;
  private List<Own> own = List.of();

  /** Called by the standard page for a logged-in reader. */
  public void load(String standardSlug) {
    slug = standardSlug;
    own =
        comments.mine(slug).stream()
            .map(c -> new Own(c.getClause(), c.getType(), c.getText(), c.getDisposition()))
            .toList();
  }

  public String submit() {
    try {
      comments.comment(slug, new PublicComments.Draft(clause, type, text, proposedChange));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("comment.thanks");
    PageMessages.keepForRedirect();
    return "/standard?faces-redirect=true&slug=" + slug;
  }

  public StandardComment.Type[] getTypes() {
    return StandardComment.Type.values();
  }

  public String getClause() {
    return clause;
  }

  public void setClause(String clause) {
    this.clause = clause;
  }

  public StandardComment.Type getType() {
    return type;
  }

  public void setType(StandardComment.Type type) {
    this.type = type;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getProposedChange() {
    return proposedChange;
  }

  public void setProposedChange(String proposedChange) {
    this.proposedChange = proposedChange;
  }

  public List<Own> getOwn() {
    return own;
  }
}
