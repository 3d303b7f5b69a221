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

/**
 * A curator's work list (their association's content, drafts included), new standards and new items
 * of the other kinds; administrators choose the association.
 */
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

  /** An association content may be created for. */
  public record Choice(String code, String nameZh, String nameEn) implements Serializable {}

  private List<Item> items;
  private List<Choice> associations = List.of();
  private String associationCode;
  private String code;
  private String titleZh;
  private String titleEn;
  private ContentEditor.NewItem newKind = ContentEditor.NewItem.TECHNOLOGY;
  private String newSlug;
  private String newTitleZh;
  private String newTitleEn;

  public void load() {
    try {
      items = editor.workList().stream().map(CurationPage::item).toList();
      associations =
          editor.creatableFor().stream()
              .map(a -> new Choice(a.getCode(), a.getNameZh(), a.getNameEn()))
              .toList();
    } catch (PortalFailure failure) {
      // a curator without an association: say so instead of failing the page
      items = List.of();
      PageMessages.error(failure);
    }
  }

  /** A technology, case, policy or news item, created as a draft and opened in the editor. */
  public String create() {
    try {
      Document created = editor.create(newKind, newSlug, newTitleZh, newTitleEn, associationCode);
      PageMessages.info("curate.created", created.getSlug());
      PageMessages.keepForRedirect();
      return "/curate/edit?faces-redirect=true&id=" + created.getId();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
  }

  public String proposeStandard() {
    try {
      long id = editor.proposeStandard(code, titleZh, titleEn, associationCode).getId();
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

  public List<Choice> getAssociations() {
    return associations;
  }

  public ContentEditor.NewItem[] getNewKinds() {
    return ContentEditor.NewItem.values();
  }

  public String getAssociationCode() {
    return associationCode;
  }

  public void setAssociationCode(String associationCode) {
    this.associationCode = associationCode;
  }

  public ContentEditor.NewItem getNewKind() {
    return newKind;
  }

  public void setNewKind(ContentEditor.NewItem newKind) {
    this.newKind = newKind;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getNewTitleZh() {
    return newTitleZh;
  }

  public void setNewTitleZh(String newTitleZh) {
    this.newTitleZh = newTitleZh;
  }

  public String getNewTitleEn() {
    return newTitleEn;
  }

  public void setNewTitleEn(String newTitleEn) {
    this.newTitleEn = newTitleEn;
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
