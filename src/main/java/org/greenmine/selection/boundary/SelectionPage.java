package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.CampaignScope;
import org.greenmine.selection.control.PublicNotice;
import org.greenmine.selection.control.ResultExplanation;
import org.greenmine.selection.control.Rounds;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.MineApplication;

/**
 * A campaign's public page: schedule and criteria, the way to apply while applications are open,
 * the proposed list with objections during the public notice, the award list once final, and the
 * results of released rounds with experts shown only by letter.
 */
@Named
@ViewScoped
public class SelectionPage implements Serializable {
  private static final long serialVersionUID = 1L;
  @Inject CampaignScope campaigns;
  @Inject PublicNotice notice;
  @Inject Rounds rounds;
  @Inject ProvinceNames provinceNames;
  @Inject PortalClock clock;

  /** A node of the criteria tree: an indicator, or an item (a leaf) with its points. */
  public record Node(
      String code, int level, String nameZh, String nameEn, BigDecimal maxPoints, boolean item)
      implements Serializable {
    static List<Node> tree(List<Criterion> all) {
      return all.stream()
          .map(
              c ->
                  new Node(
                      c.getCode(),
                      c.getLevel(),
                      c.getNameZh(),
                      c.getNameEn(),
                      c.getMaxPoints().stripTrailingZeros(),
                      all.stream().noneMatch(child -> c.getCode().equals(child.getParentCode()))))
          .toList();
    }

    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String points() {
      return maxPoints.toPlainString();
    }
  }

  /** A proposed application during the public notice, with the objection being written. */
  public static class Proposed implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String mine;
    private final String enterprise;
    private final String provinceZh;
    private final String provinceEn;
    private final String mineral;
    private final boolean removed;
    private final String removalReason;
    private String name;
    private String contact;
    private String reason;
    private String evidence;

    Proposed(MineApplication a, ProvinceNames.Name province) {
      id = a.getId();
      mine = a.getMineName();
      enterprise = a.getEnterprise();
      provinceZh = province.zh();
      provinceEn = province.en();
      mineral = a.getMineral();
      removed = a.getState() == ApplicationState.REMOVED;
      removalReason = removed ? a.getReason() : null;
    }

    public String province(Locale locale) {
      return "en".equals(locale.getLanguage()) ? provinceEn : provinceZh;
    }

    public long getId() {
      return id;
    }

    public String getMine() {
      return mine;
    }

    public String getEnterprise() {
      return enterprise;
    }

    public String getMineral() {
      return mineral;
    }

    public boolean isRemoved() {
      return removed;
    }

    public String getRemovalReason() {
      return removalReason;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getEvidence() {
      return evidence;
    }

    public void setEvidence(String evidence) {
      this.evidence = evidence;
    }
  }

  /** A mine on the final award list. */
  public record AwardRow(
      String certificateNo,
      String mine,
      String enterprise,
      String provinceZh,
      String provinceEn,
      String mineral,
      LocalDate awardedOn)
      implements Serializable {
    public String province(Locale locale) {
      return "en".equals(locale.getLanguage()) ? provinceEn : provinceZh;
    }
  }

  private String slug;
  private CampaignSummary campaign;
  private List<Node> criteria = List.of();
  private boolean applicationsOpen;
  private boolean noticeOpen;
  private List<Proposed> proposed = List.of();
  private List<AwardRow> awards = List.of();
  private List<Rounds.ReleasedRound> released = List.of();

  public void load() {
    Campaign found = campaigns.bySlug(slug).orElse(null);
    if (found == null) {
      PageResponses.notFound();
      return;
    }
    campaign = CampaignSummary.of(found);
    criteria = Node.tree(campaigns.criteria(found));
    LocalDate today = clock.today();
    applicationsOpen = found.acceptsApplicationsOn(today);
    noticeOpen = found.isNoticeOpenOn(today);
    Map<String, ProvinceNames.Name> provinces = provinceNames.byCode();
    if (found.getState() == CampaignState.PUBLIC_NOTICE) {
      proposed =
          notice.proposed(found.getId()).stream()
              .map(a -> new Proposed(a, ProvinceNames.of(provinces, a.getProvinceCode())))
              .toList();
    }
    awards =
        notice.awards(found.getId()).stream()
            .map(
                a -> {
                  MineApplication m = a.getApplication();
                  ProvinceNames.Name p = ProvinceNames.of(provinces, m.getProvinceCode());
                  return new AwardRow(
                      a.getCertificateNo(),
                      m.getMineName(),
                      m.getEnterprise(),
                      p.zh(),
                      p.en(),
                      m.getMineral(),
                      a.getAwardedOn());
                })
            .toList();
    released = rounds.releasedResults(found.getId());
  }

  /** Anyone files an objection to a proposed application; the text stays if it is refused. */
  public String object(Proposed row) {
    long number;
    try {
      number =
          notice
              .object(
                  row.getId(),
                  row.getName(),
                  row.getContact(),
                  row.getReason(),
                  row.getEvidence(),
                  ((jakarta.servlet.http.HttpServletRequest)
                          jakarta.faces.context.FacesContext.getCurrentInstance()
                              .getExternalContext()
                              .getRequest())
                      .getRemoteAddr())
              .getId();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("selection.objection.thanks", String.valueOf(number), row.getMine());
    PageMessages.keepForRedirect();
    return "/selection?faces-redirect=true&slug=" + campaign.slug();
  }

  /** A result's stored explanation in the reader's language. */
  public String explain(String stored) {
    return ResultExplanation.render(stored, PageMessages.bundle());
  }

  /** An expert's letter in the reader's words, such as "Expert A". */
  public String alias(String letters) {
    return PageMessages.text("selection.expert.alias", letters);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public CampaignSummary getCampaign() {
    return campaign;
  }

  public List<Node> getCriteria() {
    return criteria;
  }

  public boolean isApplicationsOpen() {
    return applicationsOpen;
  }

  public boolean isNoticeOpen() {
    return noticeOpen;
  }

  public List<Proposed> getProposed() {
    return proposed;
  }

  public List<AwardRow> getAwards() {
    return awards;
  }

  public List<Rounds.ReleasedRound> getReleased() {
    return released;
  }
}
