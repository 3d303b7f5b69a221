package org.greenmine.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.boundary.PageResponses;

@Named
@RequestScoped
public class NewsItemPage {
  @Inject ContentCatalog catalog;
  @Inject org.greenmine.content.control.Attachments attachments;

  private String slug;
  private List<org.greenmine.content.entity.Attachment> attached = List.of();
  private NewsItem item;

  public void load() {
    item = catalog.published(NewsItem.class, slug).orElse(null);
    if (item == null) {
      PageResponses.notFound();
    }
    if (item != null) {
      attached = attachments.of(item);
    }
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

  public NewsItem getItem() {
    return item;
  }
}
