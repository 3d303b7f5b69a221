package org.greenmine.cases.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.boundary.PublishedListModel;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.technology.entity.MiningMethod;

/** The case studies, paged and filtered in the database. */
@Named
@ViewScoped
public class CasesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentCatalog catalog;

  private PublishedListModel<CaseStudy> cases;

  @PostConstruct
  void init() {
    cases =
        new PublishedListModel<>(
            catalog,
            CaseStudy.class,
            Map.of(
                "miningMethod", MiningMethod.class,
                "scale", CaseStudy.Scale.class,
                "mineral", String.class));
  }

  public PublishedListModel<CaseStudy> getCases() {
    return cases;
  }

  public MiningMethod[] getMethods() {
    return MiningMethod.values();
  }

  public CaseStudy.Scale[] getScales() {
    return CaseStudy.Scale.values();
  }
}
