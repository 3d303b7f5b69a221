package org.greenmine.technology.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.technology.control.TechnologyNeeds;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.TechnologyCategory;

/** A member's technology needs: post one, see the ones posted. */
@Named
@ViewScoped
public class NeedsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TechnologyNeeds needs;
  @Inject AssociationRegistry associations;

  /** One of the member's needs. */
  public record Row(long id, String title, Instant createdAt) implements Serializable {}

  /** A province to choose. */
  public record Province(String code, String nameZh, String nameEn) implements Serializable {}

  private List<Row> mine;
  private List<Province> provinces;
  private String title;
  private String mineral;
  private MiningMethod method = MiningMethod.UNDERGROUND;
  private TechnologyCategory category;
  private String province;
  private String problem;
  private String contact;

  public void load() {
    mine =
        needs.mine().stream().map(n -> new Row(n.getId(), n.getTitle(), n.getCreatedAt())).toList();
    provinces =
        associations.provinces().stream()
            .map(r -> new Province(r.getCode(), r.getNameZh(), r.getNameEn()))
            .toList();
  }

  public String post() {
    try {
      long id =
          needs
              .post(
                  new TechnologyNeeds.Draft(
                      title, mineral, method, category, province, problem, contact))
              .getId();
      return "/needs/view?faces-redirect=true&id=" + id;
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
  }

  public MiningMethod[] getMethods() {
    return MiningMethod.values();
  }

  public TechnologyCategory[] getCategories() {
    return TechnologyCategory.values();
  }

  public List<Row> getMine() {
    return mine;
  }

  public List<Province> getProvinces() {
    return provinces;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMineral() {
    return mineral;
  }

  public void setMineral(String mineral) {
    this.mineral = mineral;
  }

  public MiningMethod getMethod() {
    return method;
  }

  public void setMethod(MiningMethod method) {
    this.method = method;
  }

  public TechnologyCategory getCategory() {
    return category;
  }

  public void setCategory(TechnologyCategory category) {
    this.category = category;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
