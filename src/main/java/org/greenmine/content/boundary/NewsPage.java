package org.greenmine.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.entity.NewsItem;

/** Policy documents and news, newest first. */
@Named
@ViewScoped
public class NewsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentCatalog catalog;

  private PublishedListModel<NewsItem> items;

  @PostConstruct
  void init() {
    items =
        new PublishedListModel<>(
            catalog, NewsItem.class, Map.of("category", NewsItem.Category.class));
  }

  public PublishedListModel<NewsItem> getItems() {
    return items;
  }

  public NewsItem.Category[] getCategories() {
    return NewsItem.Category.values();
  }
}
