package org.greenmine.selection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.control.Applications;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.MineApplication;

/** The caller's own applications, with their standing and the curators' reasons. */
@Named
@ViewScoped
public class MyApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Applications applications;

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
      String reason)
      implements Serializable {
    static Row of(MineApplication a) {
      return new Row(
          a.getId(),
          a.getCampaign().getSlug(),
          a.getCampaign().getTitleZh(),
          a.getCampaign().getTitleEn(),
          a.getMineName(),
          a.getEnterprise(),
          a.getSubmittedAt(),
          a.getState(),
          a.getReason());
    }

    public String campaign(Locale locale) {
      return "en".equals(locale.getLanguage()) ? campaignEn : campaignZh;
    }

    public String submittedOn() {
      return submittedAt.atZone(PortalClock.CHINA).toLocalDate().toString();
    }
  }

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = applications.mine().stream().map(Row::of).toList();
  }

  public List<Row> getRows() {
    return rows;
  }
}
