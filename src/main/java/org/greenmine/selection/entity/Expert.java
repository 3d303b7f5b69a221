package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.greenmine.content.entity.TextList;

/**
 * A member of the expert registry: the account they log in with, their affiliation and its credit
 * code, the enterprise group they declare, their province and fields of expertise.
 */
@Entity
@Table(name = "expert")
public class Expert {
  @Id
  @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
  private Long id;

  @Column(nullable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String affiliation;

  @Column(name = "affiliation_credit_code")
  private String affiliationCreditCode;

  /** Credit codes of the enterprises of the group the affiliation belongs to. */
  @Column(name = "group_credit_codes")
  @Convert(converter = TextList.class)
  private List<String> groupCreditCodes;

  @Column(name = "province_code")
  private String provinceCode;

  @Convert(converter = TextList.class)
  private List<String> expertise;

  protected Expert() {}

  public Expert(
      String username,
      String displayName,
      String affiliation,
      String affiliationCreditCode,
      List<String> groupCreditCodes,
      String provinceCode,
      List<String> expertise) {
    this.username = username;
    this.displayName = displayName;
    this.affiliation = affiliation;
    this.affiliationCreditCode = affiliationCreditCode;
    this.groupCreditCodes = List.copyOf(groupCreditCodes);
    this.provinceCode = provinceCode;
    this.expertise = List.copyOf(expertise);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public String getAffiliationCreditCode() {
    return affiliationCreditCode;
  }

  public List<String> getGroupCreditCodes() {
    return groupCreditCodes == null ? List.of() : groupCreditCodes;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public List<String> getExpertise() {
    return expertise == null ? List.of() : expertise;
  }
}
