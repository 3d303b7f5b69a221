package org.greenmine.content.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.greenmine.association.entity.Region;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.standards.entity.Standard;

/** What a document's fields refer to, looked up inside the caller's transaction. */
record EntityLinks(EntityManager em) implements DocumentFields.Links {
  @Override
  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code.value()));
  }

  @Override
  public Optional<Standard> standard(String code) {
    return em.createNamedQuery(Standard.BY_CODE, Standard.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean technologyExists(String slug) {
    return !em.createQuery("SELECT t.id FROM Technology t WHERE t.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }
}
