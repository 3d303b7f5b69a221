package org.greenmine.association.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Association;

/** The public list of associations, shown on the home page and on {@code /associations}. */
@Named
@RequestScoped
public class AssociationsPage {
  @Inject AssociationRegistry registry;

  private List<Association> associations;

  public void load() {
    associations = registry.all();
  }

  public List<Association> getAssociations() {
    return associations;
  }
}
