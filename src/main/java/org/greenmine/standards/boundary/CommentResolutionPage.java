package org.greenmine.standards.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.standards.control.PublicComments;
import org.greenmine.standards.control.ResolutionTable;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardComment;

/** A curator resolves each comment on a standard and exports the comment-resolution table. */
@Named
@ViewScoped
public class CommentResolutionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PublicComments comments;

  /** A comment with the disposition being edited. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String clause;
    private final StandardComment.Type type;
    private final String text;
    private final String proposedChange;
    private final String proposer;
    private StandardComment.Disposition disposition;
    private String reason;

    Row(StandardComment c) {
      id = c.getId();
      clause = c.getClause();
      type = c.getType();
      text = c.getText();
      proposedChange = c.getProposedChange();
      proposer = c.getAuthorOrganisation() == null ? c.getAuthor() : c.getAuthorOrganisation();
      disposition = c.getDisposition();
      reason = c.getReason();
    }

    public long getId() {
      return id;
    }

    public String getClause() {
      return clause;
    }

    public StandardComment.Type getType() {
      return type;
    }

    public String getText() {
      return text;
    }

    public String getProposedChange() {
      return proposedChange;
    }

    public String getProposer() {
      return proposer;
    }

    public StandardComment.Disposition getDisposition() {
      return disposition;
    }

    public void setDisposition(StandardComment.Disposition disposition) {
      this.disposition = disposition;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  private long standardId;
  private String code;
  private String title;
  private boolean closed;
  private List<Row> rows;

  public void load() {
    try {
      Standard standard = comments.curated(standardId);
      code = standard.getCode();
      title = standard.getTitleZh() + " / " + standard.getTitleEn();
      closed = comments.periodClosed(standardId);
      rows = comments.forResolution(standardId).stream().map(Row::new).toList();
    } catch (NotFound e) {
      PageResponses.notFound();
    }
  }

  public void resolve(Row row) {
    try {
      comments.resolve(row.getId(), row.getDisposition(), row.getReason());
      PageMessages.info("comment.resolved", row.getClause());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  /** The table as CSV, in the language of the page. */
  public void exportCsv() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle texts =
        ResourceBundle.getBundle(PageMessages.BUNDLE, faces.getViewRoot().getLocale());
    byte[] csv =
        ResolutionTable.csv(comments.forResolution(standardId), texts)
            .getBytes(StandardCharsets.UTF_8);
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(csv.length);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"comment-resolution-"
            + code.replaceAll("[^A-Za-z0-9-]", "-")
            + ".csv\"");
    external.getResponseOutputStream().write(csv);
    faces.responseComplete();
  }

  public StandardComment.Disposition[] getDispositions() {
    return StandardComment.Disposition.values();
  }

  public long getStandardId() {
    return standardId;
  }

  public void setStandardId(long standardId) {
    this.standardId = standardId;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public boolean isClosed() {
    return closed;
  }

  public List<Row> getRows() {
    return rows;
  }
}
