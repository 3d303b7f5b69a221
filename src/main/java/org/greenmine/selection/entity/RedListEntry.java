package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A mine on the red list: who runs it, since when, its certificate, and its current standing. */
@Entity
@Table(name = "red_list_entry")
public class RedListEntry {
  @Id
  @SequenceGenerator(
      name = "red_list_entry_seq",
      sequenceName = "red_list_entry_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "red_list_entry_seq")
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "mine_name", nullable = false)
  private String mineName;

  @Column(nullable = false)
  private String enterprise;

  @Column(name = "credit_code", nullable = false)
  private String creditCode;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Column(nullable = false)
  private String mineral;

  @Column(name = "listed_year", nullable = false)
  private int year;

  @Column(name = "certificate_no", nullable = false)
  private String certificateNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RedListStatus status = RedListStatus.LISTED;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @Column(name = "fix_by")
  private LocalDate fixBy;

  @Version private long version;

  protected RedListEntry() {}

  public RedListEntry(
      Long applicationId,
      String mineName,
      String enterprise,
      String creditCode,
      String provinceCode,
      String mineral,
      int year,
      String certificateNo,
      LocalDate listedOn) {
    this.applicationId = applicationId;
    this.mineName = mineName;
    this.enterprise = enterprise;
    this.creditCode = creditCode;
    this.provinceCode = provinceCode;
    this.mineral = mineral;
    this.year = year;
    this.certificateNo = certificateNo;
    this.statusSince = listedOn;
  }

  public void change(RedListStatus next, String reason, LocalDate since, LocalDate fixBy) {
    this.status = next;
    this.statusReason = reason;
    this.statusSince = since;
    this.fixBy = fixBy;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getMineName() {
    return mineName;
  }

  public String getEnterprise() {
    return enterprise;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getMineral() {
    return mineral;
  }

  public int getYear() {
    return year;
  }

  public String getCertificateNo() {
    return certificateNo;
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

  public long getVersion() {
    return version;
  }
}
