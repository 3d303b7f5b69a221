package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.RedList;
import org.greenmine.selection.entity.RedListEntry;
import org.greenmine.selection.entity.RedListStatus;

/**
 * The public red list: search by words, province and year, with the same query as CSV and JSON;
 * curators suspend, remove and reinstate entries, each change with its reason, and read the
 * history.
 */
@Named
@ViewScoped
public class RedListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RedList redList;
  @Inject ProvinceNames provinceNames;

  /** An entry with the change a curator is writing for it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long applicationId;
    private final String certificateNo;
    private final String mine;
    private final String enterprise;
    private final String creditCode;
    private final ProvinceNames.Name province;
    private final String mineral;
    private final int year;
    private final RedListStatus status;
    private final String statusReason;
    private final LocalDate statusSince;
    private final LocalDate fixBy;
    private String reason;
    private LocalDate newFixBy;

    Row(RedListEntry e, ProvinceNames.Name province) {
      id = e.getId();
      applicationId = e.getApplicationId();
      certificateNo = e.getCertificateNo();
      mine = e.getMineName();
      enterprise = e.getEnterprise();
      creditCode = e.getCreditCode();
      this.province = province;
      mineral = e.getMineral();
      year = e.getYear();
      status = e.getStatus();
      statusReason = e.getStatusReason();
      statusSince = e.getStatusSince();
      fixBy = e.getFixBy();
    }

    public String province(Locale locale) {
      return province.name(locale);
    }

    /** The mine's application, which a concern about it names. */
    public long getApplicationId() {
      return applicationId;
    }

    public long getId() {
      return id;
    }

    public String getCertificateNo() {
      return certificateNo;
    }

    public String getMine() {
      return mine;
    }

    public String getEnterprise() {
      return enterprise;
    }

    public String getCreditCode() {
      return creditCode;
    }

    public String getMineral() {
      return mineral;
    }

    public int getYear() {
      return year;
    }

    public RedListStatus getStatus() {
      return status;
    }

    public String getStatusReason() {
      return statusReason;
    }

    public LocalDate getStatusSince() {
      return statusSince;
    }

    public LocalDate getFixBy() {
      return fixBy;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public LocalDate getNewFixBy() {
      return newFixBy;
    }

    public void setNewFixBy(LocalDate newFixBy) {
      this.newFixBy = newFixBy;
    }
  }

  /** One step of an entry's history. */
  public record Step(
      RedListStatus status, String reason, LocalDate effective, String recordedBy, Instant at)
      implements Serializable {}

  private String q;
  private String province;
  private String year;
  private boolean all;
  private List<ProvinceNames.Name> provinces = List.of();
  private List<Row> rows = List.of();
  private String query = "";
  private Long historyOf;
  private String historyCertificate;
  private List<Step> history = List.of();

  public void load() {
    provinces = provinceNames.all();
    search();
    StringBuilder params = new StringBuilder();
    append(params, "q", q);
    append(params, "province", province);
    append(params, "year", year);
    if (all) {
      append(params, "all", "true");
    }
    query = params.toString();
  }

  public void suspend(Row row) {
    change(row, RedListStatus.SUSPENDED, row.getNewFixBy());
  }

  public void remove(Row row) {
    change(row, RedListStatus.REMOVED, null);
  }

  public void reinstate(Row row) {
    change(row, RedListStatus.LISTED, null);
  }

  public void showHistory(Row row) {
    historyOf = row.getId();
    historyCertificate = row.getCertificateNo();
    history =
        redList.history(row.getId()).stream()
            .map(
                e ->
                    new Step(
                        e.getStatus(),
                        e.getReason(),
                        e.getEffective(),
                        e.getRecordedBy(),
                        e.getRecordedAt()))
            .toList();
  }

  private void change(Row row, RedListStatus next, LocalDate fixBy) {
    try {
      redList.change(row.getId(), next, row.getReason(), fixBy);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info(
        "redlist.changed", row.getCertificateNo(), PageMessages.text("redlist.status." + next));
    search();
    if (historyOf != null && historyOf == row.getId()) {
      showHistory(row);
    }
  }

  private void search() {
    Map<String, ProvinceNames.Name> names = provinceNames.byCode();
    try {
      rows =
          redList.search(q, province, RedListApi.year(year), all).stream()
              .map(e -> new Row(e, ProvinceNames.of(names, e.getProvinceCode())))
              .toList();
    } catch (PortalFailure failure) {
      rows = List.of();
      PageMessages.error(failure);
    }
  }

  private static void append(StringBuilder params, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    params.append(params.isEmpty() ? '?' : '&');
    params
        .append(name)
        .append('=')
        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
  }

  /** The same search for other systems: {@code ?q=…&province=…}, or empty. */
  public String getQuery() {
    return query;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<ProvinceNames.Name> getProvinces() {
    return provinces;
  }

  public Long getHistoryOf() {
    return historyOf;
  }

  public String getHistoryCertificate() {
    return historyCertificate;
  }

  public List<Step> getHistory() {
    return history;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }
}
