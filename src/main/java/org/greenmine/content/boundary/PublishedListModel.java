package org.greenmine.content.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.ContentCatalog.SortBy;
import org.greenmine.content.entity.Document;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table model over published items: the database pages, sorts and filters. Only
 * the filter fields the page names are honoured; a value the user picks is bound as a parameter.
 */
public class PublishedListModel<T extends Document> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  private final transient ContentCatalog catalog;
  private final Class<T> kind;
  private final Map<String, Class<?>> filterFields;

  /** {@code filterFields}: the fields a column may filter on, with their types. */
  public PublishedListModel(
      ContentCatalog catalog, Class<T> kind, Map<String, Class<?>> filterFields) {
    this.catalog = catalog;
    this.kind = kind;
    this.filterFields = Map.copyOf(filterFields);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        catalog.publishedPage(kind, 0, 1, SortBy.PUBLISHED, false, filters(filterBy)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortBy sort = SortBy.PUBLISHED;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      sort =
          switch (meta.getField()) {
            case "titleZh" -> SortBy.TITLE_ZH;
            case "titleEn" -> SortBy.TITLE_EN;
            case "slug" -> SortBy.SLUG;
            default -> SortBy.PUBLISHED;
          };
      ascending = meta.getOrder() == SortOrder.ASCENDING;
    }
    var page = catalog.publishedPage(kind, first, pageSize, sort, ascending, filters(filterBy));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T item) {
    return String.valueOf(item.getId());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object typed(Class<?> type, String value) {
    if (type.isEnum()) {
      try {
        return Enum.valueOf((Class<Enum>) type, value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return value;
  }

  private Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
    Map<String, Object> equalTo = new LinkedHashMap<>();
    for (FilterMeta meta : filterBy.values()) {
      Object value = meta.getFilterValue();
      Class<?> type = filterFields.get(meta.getField());
      if (type != null && value != null && !value.toString().isBlank()) {
        Object typedValue = typed(type, value.toString());
        if (typedValue != null) {
          equalTo.put(meta.getField(), typedValue);
        }
      }
    }
    return equalTo;
  }
}
