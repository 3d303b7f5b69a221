package org.greenmine.technology.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.RelatedContent;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.technology.entity.Technology;

/** A technology's page: its record, text, the cases that use it and the standards it cites. */
@Named
@RequestScoped
public class TechnologyPage {
  @Inject ContentCatalog catalog;
  @Inject org.greenmine.content.control.Attachments attachments;
  @Inject RelatedContent related;

  private String slug;
  private List<org.greenmine.content.entity.Attachment> attached = List.of();
  private Technology technology;
  private List<CaseStudy> cases;

  public void load() {
    technology = catalog.published(Technology.class, slug).orElse(null);
    if (technology == null) {
      PageResponses.notFound();
      return;
    }
    attached = attachments.of(technology);
    cases = related.casesUsing(slug);
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

  public Technology getTechnology() {
    return technology;
  }

  public List<CaseStudy> getCases() {
    return cases;
  }
}
