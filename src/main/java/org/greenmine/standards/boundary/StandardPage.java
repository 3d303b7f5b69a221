package org.greenmine.standards.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.RelatedContent;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Technology;

/** A group standard's page: its record, text, the chain of editions and what cites it. */
@Named
@RequestScoped
public class StandardPage {
  @Inject ContentCatalog catalog;
  @Inject RelatedContent related;
  @Inject CommentForm commentForm;
  @Inject jakarta.security.enterprise.SecurityContext security;

  private String slug;
  private Standard standard;
  private List<Standard> editions;
  private List<Standard> replacedBy;
  private List<Technology> technologies;
  private List<CaseStudy> cases;
  private List<Citation> citations;
  private boolean openForComment;

  /** A cited standard with where to read about it in the portal, if anywhere. */
  public record Citation(String code, String titleZh, String titleEn, String url) {
    public String title(java.util.Locale locale) {
      return "zh".equals(locale.getLanguage()) || titleEn == null ? titleZh : titleEn;
    }
  }

  public void load() {
    standard = catalog.published(Standard.class, slug).orElse(null);
    if (standard == null) {
      PageResponses.notFound();
      return;
    }
    editions = new ArrayList<>();
    for (Standard earlier = standard.getReplaces();
        earlier != null;
        earlier = earlier.getReplaces()) {
      editions.add(earlier);
    }
    replacedBy = related.replacedBy(standard);
    technologies = related.technologiesCiting(standard.getCode());
    cases = related.casesCiting(standard.getCode());
    citations =
        standard.getNormativeReferences().stream()
            .map(
                code ->
                    related
                        .groupStandard(code)
                        .map(s -> new Citation(code, s.getTitleZh(), s.getTitleEn(), s.url()))
                        .or(
                            () ->
                                related
                                    .reference(code)
                                    .map(
                                        r ->
                                            new Citation(
                                                code, r.getTitleZh(), r.getTitleEn(), null)))
                        .orElse(new Citation(code, null, null, null)))
            .toList();
    openForComment =
        StandardLifecycle.openForComment(
            standard.getStage(),
            standard.getCommentOpens(),
            standard.getCommentCloses(),
            LocalDate.now());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Standard getStandard() {
    return standard;
  }

  public List<Standard> getEditions() {
    return editions;
  }

  public List<Standard> getReplacedBy() {
    return replacedBy;
  }

  public List<Technology> getTechnologies() {
    return technologies;
  }

  public List<CaseStudy> getCases() {
    return cases;
  }

  public List<Citation> getCitations() {
    return citations;
  }

  public boolean isOpenForComment() {
    return openForComment;
  }
}
