package org.greenmine.standards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenmine.association.entity.Association;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.DocumentKind;
import org.greenmine.content.entity.TextList;

@Entity
@Table(name = "standard")
@DiscriminatorValue("STANDARD")
@NamedQuery(name = Standard.BY_CODE, query = "SELECT s FROM Standard s WHERE s.code = :code")
@NamedQuery(
    name = Standard.REPLACED_BY,
    query = "SELECT s FROM Standard s WHERE s.replaces = :standard")
public class Standard extends Document {
  public static final String BY_CODE = "Standard.byCode";
  public static final String REPLACED_BY = "Standard.replacedBy";

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StandardStage stage = StandardStage.PROPOSAL;

  @Column(name = "scope_zh")
  private String scopeZh;

  @Column(name = "scope_en")
  private String scopeEn;

  private String ics;
  private String ccs;

  @Column(name = "drafting_units")
  @Convert(converter = TextList.class)
  private List<String> draftingUnits = List.of();

  @Convert(converter = TextList.class)
  private List<String> drafters = List.of();

  @Column(name = "normative_refs")
  @Convert(converter = TextList.class)
  private List<String> normativeReferences = List.of();

  @Column(name = "project_approved_on")
  private LocalDate projectApprovedOn;

  @Column(name = "approved_on")
  private LocalDate approvedOn;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "comment_opens")
  private LocalDate commentOpens;

  @Column(name = "comment_closes")
  private LocalDate commentCloses;

  @Column(name = "short_period_reason")
  private String shortPeriodReason;

  @ManyToOne
  @JoinColumn(name = "replaces_id")
  private Standard replaces;

  protected Standard() {}

  public Standard(StandardNumber number, Association association, String titleZh, String titleEn) {
    super(number.slug(), association, titleZh, titleEn);
    this.code = number.toString();
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.STANDARD;
  }

  public void enterStage(StandardStage next) {
    this.stage = next;
  }

  public void openCommentPeriod(LocalDate opens, LocalDate closes, String shortPeriodReason) {
    this.commentOpens = opens;
    this.commentCloses = closes;
    this.shortPeriodReason = shortPeriodReason;
  }

  public void describe(
      String scopeZh,
      String scopeEn,
      String ics,
      String ccs,
      List<String> draftingUnits,
      List<String> drafters,
      List<String> normativeReferences) {
    this.scopeZh = scopeZh;
    this.scopeEn = scopeEn;
    this.ics = ics;
    this.ccs = ccs;
    this.draftingUnits = List.copyOf(draftingUnits);
    this.drafters = List.copyOf(drafters);
    this.normativeReferences = List.copyOf(normativeReferences);
  }

  public void date(
      LocalDate projectApproved, LocalDate approved, LocalDate published, LocalDate effective) {
    this.projectApprovedOn = projectApproved;
    this.approvedOn = approved;
    this.publishedOn = published;
    this.effectiveOn = effective;
  }

  public void replace(Standard earlierEdition) {
    this.replaces = earlierEdition;
  }

  public String scope(Locale locale) {
    return "zh".equals(locale.getLanguage()) || scopeEn == null ? scopeZh : scopeEn;
  }

  public String getCode() {
    return code;
  }

  public StandardStage getStage() {
    return stage;
  }

  public String getScopeZh() {
    return scopeZh;
  }

  public String getScopeEn() {
    return scopeEn;
  }

  public String getIcs() {
    return ics;
  }

  public String getCcs() {
    return ccs;
  }

  public List<String> getDraftingUnits() {
    return draftingUnits;
  }

  public List<String> getDrafters() {
    return drafters;
  }

  public List<String> getNormativeReferences() {
    return normativeReferences;
  }

  public LocalDate getProjectApprovedOn() {
    return projectApprovedOn;
  }

  public LocalDate getApprovedOn() {
    return approvedOn;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public LocalDate getCommentOpens() {
    return commentOpens;
  }

  public LocalDate getCommentCloses() {
    return commentCloses;
  }

  public String getShortPeriodReason() {
    return shortPeriodReason;
  }

  public Standard getReplaces() {
    return replaces;
  }
}
