package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.standards.entity.ReferenceStandard;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Technology;

/** The links between published items: which cases use a technology, which items cite a standard. */
@ApplicationScoped
public class RelatedContent {
  @PersistenceContext EntityManager em;

  public List<CaseStudy> casesUsing(String technologySlug) {
    return published(CaseStudy.class).stream()
        .filter(c -> c.getTechnologySlugs().contains(technologySlug))
        .toList();
  }

  public List<Technology> technologiesUsedBy(CaseStudy study) {
    return published(Technology.class).stream()
        .filter(t -> study.getTechnologySlugs().contains(t.getSlug()))
        .toList();
  }

  public List<Technology> technologiesCiting(String standardCode) {
    return published(Technology.class).stream()
        .filter(t -> t.getStandardCodes().contains(standardCode))
        .toList();
  }

  public List<CaseStudy> casesCiting(String standardCode) {
    return published(CaseStudy.class).stream()
        .filter(c -> c.getStandardCodes().contains(standardCode))
        .toList();
  }

  /** Later editions that replace this one (normally one). */
  public List<Standard> replacedBy(Standard standard) {
    return em
        .createNamedQuery(Standard.REPLACED_BY, Standard.class)
        .setParameter("standard", standard)
        .getResultList()
        .stream()
        .filter(Standard::isPublished)
        .toList();
  }

  /** A cited code as a group standard of the portal, if it is one. */
  public Optional<Standard> groupStandard(String code) {
    return em.createNamedQuery(Standard.BY_CODE, Standard.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(Standard::isPublished)
        .findFirst();
  }

  public Optional<ReferenceStandard> reference(String code) {
    return Optional.ofNullable(em.find(ReferenceStandard.class, code));
  }

  public List<ReferenceStandard> references() {
    return em.createQuery(
            "SELECT r FROM ReferenceStandard r ORDER BY r.code", ReferenceStandard.class)
        .getResultList();
  }

  private <T extends org.greenmine.content.entity.Document> List<T> published(Class<T> kind) {
    return em.createQuery(
            "SELECT d FROM " + kind.getSimpleName() + " d WHERE d.state = :state ORDER BY d.slug",
            kind)
        .setParameter("state", PublicationState.PUBLISHED)
        .getResultList();
  }
}
