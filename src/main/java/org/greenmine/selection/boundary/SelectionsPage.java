package org.greenmine.selection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenmine.selection.control.CampaignScope;

/** The public list of selection campaigns with their schedules. */
@Named
@ViewScoped
public class SelectionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignScope campaigns;

  private List<CampaignSummary> rows;

  @PostConstruct
  void load() {
    rows = campaigns.all().stream().map(CampaignSummary::of).toList();
  }

  public List<CampaignSummary> getRows() {
    return rows;
  }
}
