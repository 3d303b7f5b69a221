package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.ApplicationAttachments;
import org.greenmine.selection.control.Applications;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.MineApplication;
import org.primefaces.model.file.UploadedFile;

/**
 * The caller's own applications, with their standing, the curators' reasons and their files; the
 * applicant adds a file while the application can still change.
 */
@Named
@ViewScoped
public class MyApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Applications applications;
  @Inject ApplicationAttachments attachments;

  /** One of the caller's applications. */
  public record Row(
      long id,
      String campaignSlug,
      String campaignZh,
      String campaignEn,
      String mine,
      String enterprise,
      Instant submittedAt,
      ApplicationState state,
      String reason,
      List<AttachmentLink> files,
      boolean attachable)
      implements Serializable {
    static Row of(MineApplication a, List<AttachmentLink> files, boolean attachable) {
      return new Row(
          a.getId(),
          a.getCampaign().getSlug(),
          a.getCampaign().getTitleZh(),
          a.getCampaign().getTitleEn(),
          a.getMineName(),
          a.getEnterprise(),
          a.getSubmittedAt(),
          a.getState(),
          a.getReason(),
          files,
          attachable);
    }

    public String campaign(Locale locale) {
      return "en".equals(locale.getLanguage()) ? campaignEn : campaignZh;
    }

    public String submittedOn() {
      return submittedAt.atZone(PortalClock.CHINA).toLocalDate().toString();
    }
  }

  private List<Row> rows;
  private Long attachTo;
  private transient UploadedFile upload;

  private Row target;

  /** Loads the rows and the application the upload form is for, if it still takes files. */
  public void load() {
    rows =
        applications.mine().stream()
            .map(
                a ->
                    Row.of(
                        a,
                        attachments.of(a.getId()).stream().map(AttachmentLink::of).toList(),
                        attachments.mayAttach(a)))
            .toList();
    target =
        rows.stream()
            .filter(r -> attachTo != null && r.id() == attachTo && r.attachable())
            .findFirst()
            .orElse(null);
  }

  /** Attaches the uploaded file to the chosen application; a refused file changes nothing. */
  public void attach() {
    if (upload == null || upload.getSize() == 0 || attachTo == null) {
      PageMessages.error("attachment.empty");
      return;
    }
    try {
      var attachment = attachments.attach(attachTo, upload.getFileName(), upload.getContent());
      PageMessages.info("attachment.added", attachment.getOriginalName());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    load();
  }

  /** The application the upload form is for, if the applicant may still add files to it. */
  public Row getTarget() {
    return target;
  }

  public Long getAttachTo() {
    return attachTo;
  }

  public void setAttachTo(Long attachTo) {
    this.attachTo = attachTo;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public List<Row> getRows() {
    return rows;
  }
}
