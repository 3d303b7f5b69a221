package org.greenmine.content.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenmine.content.control.ContentEditor;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;

/** A curator's work list (their association's content, drafts included) and new standards. */
@Named
@ViewScoped
public class CurationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentEditor editor;

  /** One row of the work list. */
  public record Item(
      long id,
      String kind,
      String slug,
      String titleZh,
      String titleEn,
      PublicationState state,
      Instant updatedAt)
      implements Serializable {}

  private List<Item> items;
  private String code;
  private String titleZh;
  private String titleEn;

  public void load() {
    try {
      items = editor.workList().stream().map(CurationPage::item).toList();
    } catch (PortalFailure failure) {
      // a curator without an association: say so instead of failing the page
      items = List.of();
      PageMessages.error(failure);
    }
  }

  public String proposeStandard() {
    try {
      long id = editor.proposeStandard(code, titleZh, titleEn, null).getId();
      PageMessages.info("curate.proposed", code);
      PageMessages.keepForRedirect();
      return "/curate/edit?faces-redirect=true&id=" + id;
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
  }

  private static Item item(Document d) {
    return new Item(
        d.getId(),
        d.kind().indexKind(),
        d.getSlug(),
        d.getTitleZh(),
        d.getTitleEn(),
        d.getState(),
        d.getUpdatedAt());
  }

  public List<Item> getItems() {
    return items;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }
}
