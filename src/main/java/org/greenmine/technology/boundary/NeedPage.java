package org.greenmine.technology.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.NotFound;
import org.greenmine.technology.control.TechnologyNeeds;
import org.greenmine.technology.entity.TechnologyNeed;

/** A need and the technologies that fit it, best first, with the holders' contacts. */
@Named
@RequestScoped
public class NeedPage {
  @Inject TechnologyNeeds needs;

  private long id;
  private TechnologyNeed need;
  private List<TechnologyNeeds.Fit> fits;

  public void load() {
    try {
      need = needs.need(id);
      fits = needs.fits(id, 10);
    } catch (NotFound e) {
      PageResponses.notFound();
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public TechnologyNeed getNeed() {
    return need;
  }

  public List<TechnologyNeeds.Fit> getFits() {
    return fits;
  }
}
