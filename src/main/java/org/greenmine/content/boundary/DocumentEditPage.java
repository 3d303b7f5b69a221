package org.greenmine.content.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentEditor;
import org.greenmine.content.control.DocumentFields;
import org.greenmine.content.control.LineDiff;
import org.greenmine.content.control.MarkdownPreview;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.content.entity.Revision;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.Conflict;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardStage;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.TechnologyCategory;

/**
 * The Markdown editor with live preview. The text typed stays in the form whatever happens: a
 * conflict with another curator's save, or any refusal, only adds a message.
 */
@Named
@ViewScoped
public class DocumentEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContentEditor editor;
  @Inject MarkdownPreview preview;
  @Inject org.greenmine.content.control.Attachments attachments;

  /** One saved revision, for the history. */
  public record RevisionRow(int number, String author, Instant createdAt, String note)
      implements Serializable {}

  private static final Map<String, List<String>> CHOICES =
      Map.of(
          "category", names(TechnologyCategory.values()),
          "mining_method", names(MiningMethod.values()),
          "maturity", names(Maturity.values()),
          "scale", names(CaseStudy.Scale.values()),
          "kind", names(NewsItem.Category.values()));

  private long id;
  private long version;
  private String kind;
  private String association;
  private String url;
  private PublicationState state;
  private Set<PublicationState> nextStates;
  private StandardStage stage;
  private Set<StandardStage> nextStages;
  private String titleZh;
  private String titleEn;
  private String summaryZh;
  private String summaryEn;
  private String markdown;
  private String note;
  private String previewHtml;
  private java.time.LocalDate commentOpens;
  private java.time.LocalDate commentCloses;
  private String shortPeriodReason;
  private List<RevisionRow> revisions;
  private transient org.primefaces.model.file.UploadedFile upload;
  private List<org.greenmine.content.entity.Attachment> attached = List.of();
  private int comparedRevision;
  private int comparedWith;
  private int compareFrom;
  private int compareTo;
  private List<LineDiff.Line> difference;
  private final HashMap<String, String> fields = new HashMap<>();

  public void load() {
    try {
      Document document = editor.load(id);
      fill(document);
      titleZh = document.getTitleZh();
      titleEn = document.getTitleEn();
      summaryZh = document.getSummaryZh();
      summaryEn = document.getSummaryEn();
      markdown = document.getBodyMarkdown();
      previewHtml = document.getBodyHtml();
      fields.putAll(DocumentFields.read(document));
    } catch (NotFound e) {
      PageResponses.notFound();
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  public void refreshPreview() {
    previewHtml = preview.toSafeHtml(markdown);
  }

  public void save() {
    try {
      Document saved =
          editor.save(
              id,
              new ContentEditor.Text(
                  titleZh, titleEn, summaryZh, summaryEn, markdown, version, note),
              fields);
      fill(saved);
      fields.clear();
      fields.putAll(DocumentFields.read(saved));
      note = null;
      previewHtml = saved.getBodyHtml();
      PageMessages.info("curate.saved");
    } catch (Conflict conflict) {
      PageMessages.error(conflict);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  public boolean canMoveTo(PublicationState target) {
    return nextStates != null && nextStates.contains(target);
  }

  public void moveTo(PublicationState target) {
    try {
      fill(editor.move(id, version, target));
      PageMessages.info("curate.moved", PageMessages.text("state." + target));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  public void moveStage(StandardStage target) {
    try {
      fill(editor.moveStandard(id, version, target));
      PageMessages.info("curate.moved", PageMessages.text("stage." + target));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  public void setCommentPeriod() {
    try {
      fill(editor.setCommentPeriod(id, version, commentOpens, commentCloses, shortPeriodReason));
      PageMessages.info("curate.periodSet");
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  /** Attaches the uploaded file; a refused file leaves everything else as it was. */
  public void attach() {
    if (upload == null || upload.getSize() == 0) {
      PageMessages.error("attachment.empty");
      return;
    }
    try {
      var attachment = attachments.attach(id, upload.getFileName(), upload.getContent());
      PageMessages.info("attachment.added", attachment.getOriginalName());
      attached = attachments.of(editor.load(id));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  /** Shows what changed from the revision before the given one to it. */
  public void compare(int number) {
    compareFrom = number - 1;
    compareTo = number;
    compareSelected();
  }

  /** Shows what changed between the two revisions chosen, in either order. */
  public void compareSelected() {
    var all = editor.revisions(id);
    comparedWith = Math.min(compareFrom, compareTo);
    comparedRevision = Math.max(compareFrom, compareTo);
    difference = LineDiff.between(bodyOf(all, comparedWith), bodyOf(all, comparedRevision));
  }

  private static String bodyOf(List<Revision> revisions, int number) {
    return revisions.stream()
        .filter(r -> r.getNumber() == number)
        .findFirst()
        .map(Revision::getBodyMarkdown)
        .orElse("");
  }

  public void restore(int number) {
    try {
      Document restored = editor.restore(id, number, version);
      fill(restored);
      titleZh = restored.getTitleZh();
      titleEn = restored.getTitleEn();
      summaryZh = restored.getSummaryZh();
      summaryEn = restored.getSummaryEn();
      markdown = restored.getBodyMarkdown();
      previewHtml = restored.getBodyHtml();
      PageMessages.info("curate.restored", number);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  private void fill(Document document) {
    version = document.getVersion();
    kind = document.kind().indexKind();
    association = document.getAssociation().getCode();
    url = document.url();
    state = document.getState();
    nextStates = state.next();
    if (document instanceof Standard standard) {
      stage = standard.getStage();
      nextStages = StandardLifecycle.next(stage);
      commentOpens = standard.getCommentOpens();
      commentCloses = standard.getCommentCloses();
      shortPeriodReason = standard.getShortPeriodReason();
    }
    attached = attachments.of(document);
    revisions =
        editor.revisions(id).stream()
            .map(r -> new RevisionRow(r.getNumber(), r.getAuthor(), r.getCreatedAt(), noteOf(r)))
            .toList();
  }

  /** A curator's own note as written; what the portal did itself, in the reader's language. */
  private static String noteOf(Revision revision) {
    if (revision.getEvent() == null) {
      return revision.getNote();
    }
    String key = "content.revision.event." + revision.getEvent().name();
    return revision.getRestoredFrom() == null
        ? PageMessages.text(key)
        : PageMessages.text(key, revision.getRestoredFrom());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public String getKind() {
    return kind;
  }

  public String getAssociation() {
    return association;
  }

  public String getUrl() {
    return url;
  }

  public PublicationState getState() {
    return state;
  }

  public Set<PublicationState> getNextStates() {
    return nextStates;
  }

  public StandardStage getStage() {
    return stage;
  }

  public Set<StandardStage> getNextStages() {
    return nextStages;
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

  public String getSummaryZh() {
    return summaryZh;
  }

  public void setSummaryZh(String summaryZh) {
    this.summaryZh = summaryZh;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String summaryEn) {
    this.summaryEn = summaryEn;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }

  public java.time.LocalDate getCommentOpens() {
    return commentOpens;
  }

  public void setCommentOpens(java.time.LocalDate commentOpens) {
    this.commentOpens = commentOpens;
  }

  public java.time.LocalDate getCommentCloses() {
    return commentCloses;
  }

  public void setCommentCloses(java.time.LocalDate commentCloses) {
    this.commentCloses = commentCloses;
  }

  public String getShortPeriodReason() {
    return shortPeriodReason;
  }

  public void setShortPeriodReason(String shortPeriodReason) {
    this.shortPeriodReason = shortPeriodReason;
  }

  public int getComparedRevision() {
    return comparedRevision;
  }

  public int getComparedWith() {
    return comparedWith;
  }

  public int getCompareFrom() {
    return compareFrom;
  }

  public void setCompareFrom(int compareFrom) {
    this.compareFrom = compareFrom;
  }

  public int getCompareTo() {
    return compareTo;
  }

  public void setCompareTo(int compareTo) {
    this.compareTo = compareTo;
  }

  /** The values each choice field offers, by the enum constants' names. */
  public Map<String, List<String>> getChoices() {
    return CHOICES;
  }

  /**
   * The kind's own fields by their front-matter names, bound by the form as {@code fields['ics']}.
   */
  public Map<String, String> getFields() {
    return fields;
  }

  public List<LineDiff.Line> getDifference() {
    return difference;
  }

  public org.primefaces.model.file.UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(org.primefaces.model.file.UploadedFile upload) {
    this.upload = upload;
  }

  public List<org.greenmine.content.entity.Attachment> getAttached() {
    return attached;
  }

  public List<RevisionRow> getRevisions() {
    return revisions;
  }
}
