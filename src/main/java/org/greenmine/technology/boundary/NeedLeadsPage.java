package org.greenmine.technology.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.technology.control.TechnologyNeeds;

/** Curators see the mines whose needs their association's technologies fit, with their contacts. */
@Named
@RequestScoped
public class NeedLeadsPage {
  @Inject TechnologyNeeds needs;

  private List<TechnologyNeeds.Lead> leads;

  public void load() {
    leads = needs.leadsForMyAssociation();
  }

  public List<TechnologyNeeds.Lead> getLeads() {
    return leads;
  }
}
