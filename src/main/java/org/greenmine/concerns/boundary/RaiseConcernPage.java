package org.greenmine.concerns.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.ConcernCategory;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;
import org.primefaces.model.file.UploadedFile;

/**
 * The public form for raising a concern about a mine. No login; what the visitor typed stays in the
 * form when something is wrong; on success the page shows the reference and the private link once.
 */
@Named
@ViewScoped
public class RaiseConcernPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Concerns concerns;

  private Long mine;
  private Concerns.Mine mineInfo;
  private ConcernCategory category;
  private String whatHappened;
  private String place;
  private LocalDate happenedOn;
  private String contact;
  private transient UploadedFile evidence1;
  private transient UploadedFile evidence2;
  private transient UploadedFile evidence3;
  private String reference;
  private String followLink;

  public void load() {
    if (mine == null) {
      return;
    }
    try {
      mineInfo = concerns.mine(mine);
    } catch (PortalFailure failure) {
      mineInfo = null;
    }
  }

  public void submit() {
    if (mineInfo == null) {
      PageMessages.error("concern.mine.notFound");
      return;
    }
    List<Concerns.Evidence> files = new ArrayList<>();
    for (UploadedFile file : new UploadedFile[] {evidence1, evidence2, evidence3}) {
      if (file != null && file.getSize() > 0) {
        files.add(new Concerns.Evidence(file.getFileName(), file.getContent()));
      }
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      Concerns.Raised raised =
          concerns.raise(
              mine,
              new Concerns.Report(category, whatHappened, place, happenedOn, contact),
              files,
              request.getRemoteAddr());
      reference = raised.reference();
      String base =
          request
              .getRequestURL()
              .substring(0, request.getRequestURL().indexOf(request.getRequestURI()));
      followLink = base + request.getContextPath() + ConcernsApi.followPath(raised);
      PageMessages.info("concern.raised", reference);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  public ConcernCategory[] getCategories() {
    return ConcernCategory.values();
  }

  public Long getMine() {
    return mine;
  }

  public void setMine(Long mine) {
    this.mine = mine;
  }

  public Concerns.Mine getMineInfo() {
    return mineInfo;
  }

  public ConcernCategory getCategory() {
    return category;
  }

  public void setCategory(ConcernCategory category) {
    this.category = category;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDate getHappenedOn() {
    return happenedOn;
  }

  public void setHappenedOn(LocalDate happenedOn) {
    this.happenedOn = happenedOn;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public UploadedFile getEvidence1() {
    return evidence1;
  }

  public void setEvidence1(UploadedFile evidence1) {
    this.evidence1 = evidence1;
  }

  public UploadedFile getEvidence2() {
    return evidence2;
  }

  public void setEvidence2(UploadedFile evidence2) {
    this.evidence2 = evidence2;
  }

  public UploadedFile getEvidence3() {
    return evidence3;
  }

  public void setEvidence3(UploadedFile evidence3) {
    this.evidence3 = evidence3;
  }

  public String getReference() {
    return reference;
  }

  public String getFollowLink() {
    return followLink;
  }
}
