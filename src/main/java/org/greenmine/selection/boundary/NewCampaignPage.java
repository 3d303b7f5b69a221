package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.Campaigns;
import org.greenmine.selection.entity.Campaign;

/** The curator's form for a new campaign of their association; it starts as a draft. */
@Named
@ViewScoped
public class NewCampaignPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Campaigns campaigns;

  private String slug;
  private int year = LocalDate.now().getYear() + 1;
  private String titleZh;
  private String titleEn;
  private LocalDate applicationsOpen;
  private LocalDate applicationsClose;
  private LocalDate reviewUntil;
  private Integer provinceQuota;
  private boolean sameProvinceConflict = true;
  private String criteriaSet = "indicators-2024";

  /** Creates the draft and goes to its page; on a refusal the form keeps what was typed. */
  public String create() {
    try {
      Campaign created =
          campaigns.create(
              new Campaigns.Draft(
                  slug,
                  year,
                  titleZh,
                  titleEn,
                  applicationsOpen,
                  applicationsClose,
                  reviewUntil,
                  provinceQuota,
                  sameProvinceConflict,
                  criteriaSet));
      return "/curate/campaign?faces-redirect=true&id=" + created.getId();
    } catch (PortalFailure e) {
      PageMessages.error(e);
      return null;
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public LocalDate getApplicationsOpen() {
    return applicationsOpen;
  }

  public void setApplicationsOpen(LocalDate applicationsOpen) {
    this.applicationsOpen = applicationsOpen;
  }

  public LocalDate getApplicationsClose() {
    return applicationsClose;
  }

  public void setApplicationsClose(LocalDate applicationsClose) {
    this.applicationsClose = applicationsClose;
  }

  public LocalDate getReviewUntil() {
    return reviewUntil;
  }

  public void setReviewUntil(LocalDate reviewUntil) {
    this.reviewUntil = reviewUntil;
  }

  public Integer getProvinceQuota() {
    return provinceQuota;
  }

  public void setProvinceQuota(Integer provinceQuota) {
    this.provinceQuota = provinceQuota;
  }

  public boolean isSameProvinceConflict() {
    return sameProvinceConflict;
  }

  public void setSameProvinceConflict(boolean sameProvinceConflict) {
    this.sameProvinceConflict = sameProvinceConflict;
  }

  public String getCriteriaSet() {
    return criteriaSet;
  }

  public void setCriteriaSet(String criteriaSet) {
    this.criteriaSet = criteriaSet;
  }
}
