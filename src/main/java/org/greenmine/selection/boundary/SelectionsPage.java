package org.greenmine.selection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenmine.selection.control.CampaignScope;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;

/** The public list of selection campaigns with their schedules. */
@Named
@ViewScoped
public class SelectionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignScope campaigns;

  /** One campaign as the list shows it. */
  public record Row(
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
      LocalDate noticeCloses)
      implements Serializable {
    static Row of(Campaign c) {
      return new Row(
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
          c.getNoticeCloses());
    }

    public String title(Locale locale) {
      return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public String association(Locale locale) {
      return "en".equals(locale.getLanguage()) ? associationEn : associationZh;
    }
  }

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = campaigns.all().stream().map(Row::of).toList();
  }

  public List<Row> getRows() {
    return rows;
  }
}
