package org.greenmine.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.boundary.PageResponses;

@Named
@RequestScoped
public class NewsItemPage {
  @Inject ContentCatalog catalog;

  private String slug;
  private NewsItem item;

  public void load() {
    item = catalog.published(NewsItem.class, slug).orElse(null);
    if (item == null) {
      PageResponses.notFound();
    }
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
