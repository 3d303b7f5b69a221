package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import org.greenmine.association.entity.Association;

/**
 * An association's selection of excellent green mines for one year: its schedule (application
 * window, review, public notice), its quota and conflict rule, and its state.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.BY_SLUG, query = "SELECT c FROM Campaign c WHERE c.slug = :slug")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.year DESC, c.id DESC")
public class Campaign {
  public static final String BY_SLUG = "Campaign.bySlug";
  public static final String ALL = "Campaign.all";

  @Id
  @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
  private Long id;

  @Column(nullable = false)
  private String slug;

  @ManyToOne(optional = false)
  @JoinColumn(name = "association_id")
  private Association association;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(name = "title_zh", nullable = false)
  private String titleZh;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "applications_open", nullable = false)
  private LocalDate applicationsOpen;

  @Column(name = "applications_close", nullable = false)
  private LocalDate applicationsClose;

  @Column(name = "review_until", nullable = false)
  private LocalDate reviewUntil;

  @Column(name = "notice_opens")
  private LocalDate noticeOpens;

  @Column(name = "notice_closes")
  private LocalDate noticeCloses;

  /** At most this many nominees per province; none when null. */
  @Column(name = "province_quota")
  private Integer provinceQuota;

  /** Whether an expert from the applicant's province is conflicted. */
  @Column(name = "same_province_conflict", nullable = false)
  private boolean sameProvinceConflict;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignState state = CampaignState.DRAFT;

  @Version private long version;

  protected Campaign() {}

  public Campaign(
      String slug,
      Association association,
      int year,
      String titleZh,
      String titleEn,
      LocalDate applicationsOpen,
      LocalDate applicationsClose,
      LocalDate reviewUntil,
      Integer provinceQuota,
      boolean sameProvinceConflict) {
    this.slug = slug;
    this.association = association;
    this.year = year;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.applicationsOpen = applicationsOpen;
    this.applicationsClose = applicationsClose;
    this.reviewUntil = reviewUntil;
    this.provinceQuota = provinceQuota;
    this.sameProvinceConflict = sameProvinceConflict;
  }

  /** Applications are taken on the days of the window, both ends included. */
  public boolean acceptsApplicationsOn(LocalDate day) {
    return state == CampaignState.APPLICATIONS_OPEN
        && !day.isBefore(applicationsOpen)
        && !day.isAfter(applicationsClose);
  }

  public boolean isNoticeOpenOn(LocalDate day) {
    return state == CampaignState.PUBLIC_NOTICE
        && noticeOpens != null
        && !day.isBefore(noticeOpens)
        && !day.isAfter(noticeCloses);
  }

  public void moveTo(CampaignState next) {
    this.state = next;
  }

  public void scheduleNotice(LocalDate opens, LocalDate closes) {
    this.noticeOpens = opens;
    this.noticeCloses = closes;
  }

  public String title(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleZh;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public Association getAssociation() {
    return association;
  }

  public int getYear() {
    return year;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public LocalDate getApplicationsOpen() {
    return applicationsOpen;
  }

  public LocalDate getApplicationsClose() {
    return applicationsClose;
  }

  public LocalDate getReviewUntil() {
    return reviewUntil;
  }

  public LocalDate getNoticeOpens() {
    return noticeOpens;
  }

  public LocalDate getNoticeCloses() {
    return noticeCloses;
  }

  public Integer getProvinceQuota() {
    return provinceQuota;
  }

  public boolean isSameProvinceConflict() {
    return sameProvinceConflict;
  }

  public CampaignState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }
}
