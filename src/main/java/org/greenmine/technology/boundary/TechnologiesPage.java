package org.greenmine.technology.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.greenmine.content.boundary.PublishedListModel;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.Technology;
import org.greenmine.technology.entity.TechnologyCategory;

/**
 * The technology catalogue, paged and filtered by category, method and maturity in the database.
 */
@Named
@ViewScoped
public class TechnologiesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentCatalog catalog;

  private PublishedListModel<Technology> technologies;

  @PostConstruct
  void init() {
    technologies =
        new PublishedListModel<>(
            catalog,
            Technology.class,
            Map.of(
                "category", TechnologyCategory.class,
                "miningMethod", MiningMethod.class,
                "maturity", Maturity.class,
                "association.code", String.class));
  }

  public PublishedListModel<Technology> getTechnologies() {
    return technologies;
  }

  public TechnologyCategory[] getCategories() {
    return TechnologyCategory.values();
  }

  public MiningMethod[] getMethods() {
    return MiningMethod.values();
  }

  public Maturity[] getMaturities() {
    return Maturity.values();
  }
}
