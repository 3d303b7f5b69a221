package org.greenmine.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.cases.entity.Figure;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.RelatedContent;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.technology.entity.Technology;

/** A case study's page: the mine, its figures before and after, the technologies applied. */
@Named
@RequestScoped
public class CasePage {
  @Inject ContentCatalog catalog;
  @Inject org.greenmine.content.control.Attachments attachments;
  @Inject RelatedContent related;

  private String slug;
  private List<org.greenmine.content.entity.Attachment> attached = List.of();
  private CaseStudy study;
  private List<Figure> figures;
  private List<Technology> technologies;

  public void load() {
    study = catalog.published(CaseStudy.class, slug).orElse(null);
    if (study == null) {
      PageResponses.notFound();
      return;
    }
    attached = attachments.of(study);
    figures = study.figureValues();
    technologies = related.technologiesUsedBy(study);
  }

  public List<org.greenmine.content.entity.Attachment> getAttached() {
    return attached;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public CaseStudy getStudy() {
    return study;
  }

  public List<Figure> getFigures() {
    return figures;
  }

  public List<Technology> getTechnologies() {
    return technologies;
  }
}
