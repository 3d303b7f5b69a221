package org.greenmine.selection.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;

/** What the selection pages show of a campaign: its titles, association and schedule. */
public record CampaignSummary(
    long id,
    String slug,
    String titleZh,
    String titleEn,
    int year,
    String associationZh,
    String associationEn,
    CampaignState state,
    LocalDate applicationsOpen,
    LocalDate applicationsClose,
    LocalDate reviewUntil,
    LocalDate noticeOpens,
    LocalDate noticeCloses,
    Integer provinceQuota)
    implements Serializable {
  public static CampaignSummary of(Campaign c) {
    return new CampaignSummary(
        c.getId(),
        c.getSlug(),
        c.getTitleZh(),
        c.getTitleEn(),
        c.getYear(),
        c.getAssociation().getNameZh(),
        c.getAssociation().getNameEn(),
        c.getState(),
        c.getApplicationsOpen(),
        c.getApplicationsClose(),
        c.getReviewUntil(),
        c.getNoticeOpens(),
        c.getNoticeCloses(),
        c.getProvinceQuota());
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
  }

  public String association(Locale locale) {
    return "en".equals(locale.getLanguage()) ? associationEn : associationZh;
  }
}
