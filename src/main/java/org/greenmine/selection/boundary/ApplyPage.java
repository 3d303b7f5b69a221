package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.Applications;
import org.greenmine.selection.control.CampaignScope;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.MineScale;
import org.greenmine.technology.entity.MiningMethod;

/**
 * A member applies for a mine: who runs it, where, what it mines and how, the facts behind the
 * prerequisites, and a self-assessment with evidence for every criterion item.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignScope campaigns;
  @Inject Applications applications;
  @Inject ProvinceNames provinceNames;
  @Inject PortalClock clock;

  /** A node of the criteria tree; items (leaves) carry the applicant's score and evidence. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int level;
    private final String nameZh;
    private final String nameEn;
    private final BigDecimal maxPoints;
    private final boolean item;
    private BigDecimal score;
    private String evidence;

    Row(Criterion c, boolean item) {
      code = c.getCode();
      level = c.getLevel();
      nameZh = c.getNameZh();
      nameEn = c.getNameEn();
      maxPoints = c.getMaxPoints().stripTrailingZeros();
      this.item = item;
    }

    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() {
      return code;
    }

    public int getLevel() {
      return level;
    }

    public String getMaxPoints() {
      return maxPoints.toPlainString();
    }

    public boolean isItem() {
      return item;
    }

    public BigDecimal getScore() {
      return score;
    }

    public void setScore(BigDecimal score) {
      this.score = score;
    }

    public String getEvidence() {
      return evidence;
    }

    public void setEvidence(String evidence) {
      this.evidence = evidence;
    }
  }

  private String slug;
  private long campaignId;
  private String campaignTitleZh;
  private String campaignTitleEn;
  private boolean open;
  private List<Row> rows = List.of();
  private List<ProvinceNames.Name> provinces = List.of();
  private String mineName;
  private String enterprise;
  private String creditCode;
  private String regionCode;
  private String mineral;
  private MiningMethod miningMethod;
  private MineScale scale;
  private String licenceNumber;
  private LocalDate licenceValidUntil;
  private LocalDate latestPenalty;
  private LocalDate latestMajorAccident;
  private boolean onAbnormalList;
  private BigDecimal reserveYears;
  private boolean protectedAreaOverlap;

  public void load() {
    Campaign campaign = campaigns.bySlug(slug).orElse(null);
    if (campaign == null) {
      PageResponses.notFound();
      return;
    }
    campaignId = campaign.getId();
    campaignTitleZh = campaign.getTitleZh();
    campaignTitleEn = campaign.getTitleEn();
    open = campaign.acceptsApplicationsOn(clock.today());
    if (!open) {
      PageMessages.error(
          "selection.apply.closed",
          campaign.getApplicationsOpen(),
          campaign.getApplicationsClose());
    }
    List<Criterion> all = campaigns.criteria(campaign);
    rows =
        all.stream()
            .map(
                c ->
                    new Row(
                        c,
                        all.stream().noneMatch(child -> c.getCode().equals(child.getParentCode()))))
            .toList();
    provinces = provinceNames.all();
  }

  /** Sends the application; everything typed stays in the form if it is refused. */
  public String submit() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.isItem()) {
        scores.put(row.getCode(), row.getScore());
        evidence.put(row.getCode(), row.getEvidence());
      }
    }
    MineApplication application;
    try {
      application =
          applications.apply(
              campaignId,
              new Applications.Form(
                  mineName,
                  enterprise,
                  creditCode,
                  regionCode,
                  mineral,
                  miningMethod,
                  scale,
                  new MineApplication.Declarations(
                      licenceNumber,
                      licenceValidUntil,
                      latestPenalty,
                      latestMajorAccident,
                      onAbnormalList,
                      reserveYears,
                      protectedAreaOverlap),
                  scores,
                  evidence));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("selection.apply.submitted", application.getMineName());
    PageMessages.keepForRedirect();
    return "/account/applications?faces-redirect=true";
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? campaignTitleEn : campaignTitleZh;
  }

  public MiningMethod[] getMethods() {
    return MiningMethod.values();
  }

  public MineScale[] getScales() {
    return MineScale.values();
  }

  public List<ProvinceNames.Name> getProvinces() {
    return provinces;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isOpen() {
    return open;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getMineName() {
    return mineName;
  }

  public void setMineName(String mineName) {
    this.mineName = mineName;
  }

  public String getEnterprise() {
    return enterprise;
  }

  public void setEnterprise(String enterprise) {
    this.enterprise = enterprise;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getMineral() {
    return mineral;
  }

  public void setMineral(String mineral) {
    this.mineral = mineral;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public void setMiningMethod(MiningMethod miningMethod) {
    this.miningMethod = miningMethod;
  }

  public MineScale getScale() {
    return scale;
  }

  public void setScale(MineScale scale) {
    this.scale = scale;
  }

  public String getLicenceNumber() {
    return licenceNumber;
  }

  public void setLicenceNumber(String licenceNumber) {
    this.licenceNumber = licenceNumber;
  }

  public LocalDate getLicenceValidUntil() {
    return licenceValidUntil;
  }

  public void setLicenceValidUntil(LocalDate licenceValidUntil) {
    this.licenceValidUntil = licenceValidUntil;
  }

  public LocalDate getLatestPenalty() {
    return latestPenalty;
  }

  public void setLatestPenalty(LocalDate latestPenalty) {
    this.latestPenalty = latestPenalty;
  }

  public LocalDate getLatestMajorAccident() {
    return latestMajorAccident;
  }

  public void setLatestMajorAccident(LocalDate latestMajorAccident) {
    this.latestMajorAccident = latestMajorAccident;
  }

  public boolean isOnAbnormalList() {
    return onAbnormalList;
  }

  public void setOnAbnormalList(boolean onAbnormalList) {
    this.onAbnormalList = onAbnormalList;
  }

  public BigDecimal getReserveYears() {
    return reserveYears;
  }

  public void setReserveYears(BigDecimal reserveYears) {
    this.reserveYears = reserveYears;
  }

  public boolean isProtectedAreaOverlap() {
    return protectedAreaOverlap;
  }

  public void setProtectedAreaOverlap(boolean protectedAreaOverlap) {
    this.protectedAreaOverlap = protectedAreaOverlap;
  }
}
