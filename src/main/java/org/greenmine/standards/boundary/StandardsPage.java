package org.greenmine.standards.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.greenmine.content.boundary.PublishedListModel;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.RelatedContent;
import org.greenmine.standards.entity.ReferenceStandard;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardStage;

/** The list of group standards, paged and filtered in the database, and the reference standards. */
@Named
@ViewScoped
public class StandardsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentCatalog catalog;
  @Inject RelatedContent related;

  private PublishedListModel<Standard> standards;
  private List<ReferenceStandard> references;

  @PostConstruct
  void init() {
    standards =
        new PublishedListModel<>(
            catalog,
            Standard.class,
            Map.of("stage", StandardStage.class, "association.code", String.class));
    references = related.references();
  }

  public PublishedListModel<Standard> getStandards() {
    return standards;
  }

  public List<ReferenceStandard> getReferences() {
    return references;
  }

  public StandardStage[] getStages() {
    return StandardStage.values();
  }
}
