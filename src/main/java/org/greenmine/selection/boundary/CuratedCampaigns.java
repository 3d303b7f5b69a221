package org.greenmine.selection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.selection.control.CampaignScope;

/** The campaigns the curator may run, for the curation work list. */
@Named
@RequestScoped
public class CuratedCampaigns {
  @Inject CampaignScope campaigns;

  private List<CampaignSummary> list;

  @PostConstruct
  void load() {
    list = campaigns.curatable().stream().map(CampaignSummary::of).toList();
  }

  public List<CampaignSummary> getList() {
    return list;
  }
}
