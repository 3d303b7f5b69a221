package org.greenmine.audit.boundary;

import java.util.List;
import java.util.Map;
import org.greenmine.audit.entity.AuditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy PrimeFaces table model over the audit log, newest first; the database pages. */
public class AuditEventList extends LazyDataModel<AuditEvent> {
  private static final long serialVersionUID = 1L;

  private final AuditAdministration administration;

  public AuditEventList(AuditAdministration administration) {
    this.administration = administration;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, administration.count());
  }

  @Override
  public List<AuditEvent> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return administration.newest(first, pageSize);
  }

  @Override
  public String getRowKey(AuditEvent event) {
    return String.valueOf(event.getId());
  }
}
