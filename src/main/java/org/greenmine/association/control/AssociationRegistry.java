package org.greenmine.association.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenmine.association.entity.Association;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.Region;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.platform.control.Conflict;
import org.greenmine.platform.control.InvalidInput;

/** Associations and regions: looked up by everyone, registered by the content loader. */
@ApplicationScoped
public class AssociationRegistry {
  @PersistenceContext EntityManager em;

  /** National associations first, then provincial, city and county; by code within a level. */
  public List<Association> all() {
    return em.createNamedQuery(Association.ALL, Association.class).getResultList().stream()
        .sorted(Comparator.comparing((Association a) -> a.getLevel().ordinal()))
        .toList();
  }

  public Optional<Association> byCode(String code) {
    return em.createNamedQuery(Association.BY_CODE, Association.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code.value()));
  }

  public List<Region> provinces() {
    return em.createQuery(
            "SELECT r FROM Region r WHERE r.level = org.greenmine.association.entity.RegionLevel.PROVINCE"
                + " ORDER BY r.code",
            Region.class)
        .getResultList();
  }

  public long regionCount() {
    return em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
  }

  /** Adds a city or county; its parent division must already be known. */
  @Transactional
  public Region addRegion(RegionCode code, String nameZh, String nameEn) {
    Region existing = em.find(Region.class, code.value());
    if (existing != null) {
      return existing;
    }
    if (code.parent() == null || em.find(Region.class, code.parent().value()) == null) {
      throw new InvalidInput("region.parent.unknown", code);
    }
    Region region = new Region(code, nameZh, nameEn);
    em.persist(region);
    return region;
  }

  /** A new association as described in the seed content or by an administrator. */
  public record AssociationDraft(
      String code,
      String nameZh,
      String nameEn,
      String standardPrefix,
      AssociationLevel level,
      String regionCode,
      String parentCode,
      String website,
      String description) {}

  @Transactional
  public Association register(AssociationDraft draft) {
    if (byCode(draft.code()).isPresent()) {
      throw new Conflict("association.code.taken", draft.code());
    }
    RegionCode regionCode = draft.regionCode() == null ? null : new RegionCode(draft.regionCode());
    Association parent =
        draft.parentCode() == null
            ? null
            : byCode(draft.parentCode())
                .orElseThrow(() -> new InvalidInput("association.unknown", draft.parentCode()));
    AssociationRules.check(
        draft.code(),
        draft.standardPrefix(),
        draft.level(),
        regionCode,
        parent == null
            ? null
            : new AssociationRules.ParentFacts(
                parent.getCode(),
                parent.getLevel(),
                parent.getRegion() == null ? null : parent.getRegion().code()));
    Region region =
        regionCode == null
            ? null
            : region(regionCode).orElseThrow(() -> new InvalidInput("region.unknown", regionCode));
    Association association =
        new Association(
            draft.code(),
            draft.nameZh(),
            draft.nameEn(),
            draft.standardPrefix(),
            draft.level(),
            region,
            parent);
    association.setWebsite(draft.website());
    association.setDescription(draft.description());
    em.persist(association);
    return association;
  }
}
