package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.control.AssociationRegistry.AssociationDraft;
import org.greenmine.association.entity.Association;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.platform.control.PortalSettings;
import org.greenmine.standards.entity.ReferenceStandard;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardNumber;
import org.greenmine.standards.entity.StandardStage;
import org.greenmine.technology.entity.Technology;

/**
 * Loads the seed content from {@code content/}. Each file is checked whole before anything of it is
 * stored, and stored in one transaction, so a bad file is reported (path, line, field) and skipped
 * while the good ones load. Items are matched by their natural key (code or slug) and skipped when
 * already present, so a second run neither duplicates anything nor overwrites curators' changes.
 */
@ApplicationScoped
public class ContentImporter {
  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

  @Inject PortalSettings settings;
  @Inject AssociationRegistry associations;
  @Inject SeedStore store;

  /** What one run did: items added, items already present, files refused (with the reason). */
  public record Report(int added, int alreadyPresent, List<String> refused) {
    @Override
    public String toString() {
      return added
          + " added, "
          + alreadyPresent
          + " already present, "
          + refused.size()
          + " refused";
    }
  }

  public Report importAll() {
    return importFrom(settings.contentDir());
  }

  public Report importFrom(Path root) {
    var tally = new Tally();
    if (!Files.isDirectory(root)) {
      LOG.warning(() -> "No content folder at " + root + "; nothing loaded");
      return tally.report();
    }
    importRegions(root.resolve("regions.csv"), tally);
    importAssociations(root.resolve("associations"), tally);
    importReferences(root.resolve("references"), tally);
    importDocuments(root.resolve("standards"), Standard.class, "code", this::standard, tally);
    importDocuments(
        root.resolve("technologies"), Technology.class, "slug", this::technology, tally);
    importDocuments(root.resolve("cases"), CaseStudy.class, "slug", this::caseStudy, tally);
    importDocuments(root.resolve("news"), NewsItem.class, "slug", this::news, tally);
    return tally.report();
  }

  private void importRegions(Path file, Tally tally) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String[]> rows = new ArrayList<>();
    List<String> lines = ContentFiles.read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
        continue;
      }
      String[] row = line.split(",", -1);
      if (row.length != 3 || !row[0].strip().matches("[1-9]\\d{5}")) {
        tally.refuse(
            file.getFileName() + ":" + (i + 1), new InvalidInput("region.code.invalid", line));
        continue;
      }
      rows.add(row);
    }
    // parents first: cities before the counties inside them
    rows.sort(Comparator.comparing(r -> new RegionCode(r[0].strip()).level()));
    for (String[] row : rows) {
      try {
        RegionCode code = new RegionCode(row[0].strip());
        if (associations.region(code).isPresent()) {
          tally.alreadyPresent++;
        } else {
          associations.addRegion(code, row[1].strip(), row[2].strip());
          tally.added++;
        }
      } catch (PortalFailure | PersistenceException e) {
        tally.refuse(file.getFileName() + ":" + row[0], e);
      }
    }
  }

  private void importAssociations(Path folder, Tally tally) {
    List<FrontMatterDocument> parsed = parseAll(folder, tally);
    // parents before children: national, then provincial, city, county
    parsed.sort(Comparator.comparing(doc -> levelOrder(doc)));
    for (FrontMatterDocument doc : parsed) {
      try {
        String code = doc.required("code");
        if (associations.byCode(code).isPresent()) {
          tally.alreadyPresent++;
          continue;
        }
        associations.register(
            new AssociationDraft(
                code,
                doc.required("name_zh"),
                doc.required("name_en"),
                doc.required("prefix"),
                doc.choice("level", AssociationLevel.class),
                doc.optional("region").orElse(null),
                doc.optional("parent").orElse(null),
                doc.optional("website").orElse(null),
                doc.body()));
        tally.added++;
      } catch (PortalFailure | PersistenceException e) {
        tally.refuse(doc.name(), e);
      }
    }
  }

  private void importReferences(Path folder, Tally tally) {
    for (FrontMatterDocument doc : parseAll(folder, tally)) {
      try {
        String code = doc.required("code");
        if (store.referenceExists(code)) {
          tally.alreadyPresent++;
          continue;
        }
        store.store(
            new ReferenceStandard(
                code,
                doc.required("title_zh"),
                doc.required("title_en"),
                doc.choice("level", ReferenceStandard.Level.class),
                doc.optional("issuer").orElse(null),
                doc.date("published_on"),
                doc.date("effective_on"),
                doc.flag("illustrative"),
                doc.body()));
        tally.added++;
      } catch (PortalFailure | PersistenceException e) {
        tally.refuse(doc.name(), e);
      }
    }
  }

  /**
   * A document built from its file, and what must be resolved in the database before it is stored.
   */
  private record Prepared(
      Document document, java.util.function.Consumer<jakarta.persistence.EntityManager> links) {}

  private <T extends Document> void importDocuments(
      Path folder,
      Class<T> kind,
      String keyField,
      Function<FrontMatterDocument, Prepared> prepare,
      Tally tally) {
    List<FrontMatterDocument> parsed = parseAll(folder, tally);
    // earlier editions first, so that "replaces" finds the edition it replaces
    parsed.sort(Comparator.comparing(doc -> doc.optional("replaces").isPresent()));
    for (FrontMatterDocument doc : parsed) {
      try {
        String key = doc.required(keyField);
        String slug = kind == Standard.class ? StandardNumber.parse(key).slug() : key;
        if (store.documentExists(kind, slug)) {
          tally.alreadyPresent++;
          continue;
        }
        Prepared prepared = prepare.apply(doc);
        store.publish(prepared.document(), prepared.links());
        tally.added++;
      } catch (PortalFailure | PersistenceException | IllegalArgumentException e) {
        tally.refuse(doc.name(), e);
      }
    }
  }

  private Prepared standard(FrontMatterDocument doc) {
    Association association = association(doc);
    StandardNumber number;
    try {
      number = StandardNumber.parse(doc.required("code")).issuedBy(association.getStandardPrefix());
    } catch (InvalidInput e) {
      throw doc.invalid("code", doc.required("code"));
    }
    Standard standard =
        new Standard(number, association, doc.required("title_zh"), doc.required("title_en"));
    texts(standard, doc);
    standard.enterStage(doc.choice("stage", StandardStage.class));
    if (doc.optional("comment_opens").isPresent()) {
      standard.openCommentPeriod(doc.date("comment_opens"), doc.date("comment_closes"), null);
    }
    return prepared(standard, doc);
  }

  private Prepared technology(FrontMatterDocument doc) {
    Technology technology =
        new Technology(
            doc.required("slug"),
            association(doc),
            doc.required("title_zh"),
            doc.required("title_en"));
    texts(technology, doc);
    return prepared(technology, doc);
  }

  private Prepared caseStudy(FrontMatterDocument doc) {
    CaseStudy study =
        new CaseStudy(
            doc.required("slug"),
            association(doc),
            doc.required("title_zh"),
            doc.required("title_en"));
    texts(study, doc);
    return prepared(study, doc);
  }

  private Prepared news(FrontMatterDocument doc) {
    NewsItem item =
        new NewsItem(
            doc.required("slug"),
            association(doc),
            doc.required("title_zh"),
            doc.required("title_en"),
            doc.choice("kind", NewsItem.Category.class));
    texts(item, doc);
    return prepared(item, doc);
  }

  /**
   * The kind's own fields are applied in the storing transaction, where what they refer to (the
   * edition a standard replaces, a case's technologies) is looked up; seed items are published, so
   * nothing a published item needs may be missing.
   */
  private static Prepared prepared(Document document, FrontMatterDocument doc) {
    return new Prepared(
        document,
        em -> {
          DocumentFields.apply(document, doc, new EntityLinks(em));
          document.missingForPublication().stream()
              .findFirst()
              .ifPresent(
                  field -> {
                    throw new InvalidInput("content.field.missing", doc.name(), field);
                  });
        });
  }

  private void texts(Document document, FrontMatterDocument doc) {
    if (doc.body().length() > MarkdownRenderer.MAX_MARKDOWN_LENGTH) {
      throw doc.invalid("body", doc.body().length());
    }
    document.rewrite(
        document.getTitleZh(),
        document.getTitleEn(),
        doc.optional("summary_zh").orElse(null),
        doc.optional("summary_en").orElse(null),
        doc.body(),
        ContentEditor.RENDERER.toSafeHtml(doc.body()));
    document.setIllustrative(doc.flag("illustrative"));
  }

  private Association association(FrontMatterDocument doc) {
    String code = doc.required("association");
    return associations.byCode(code).orElseThrow(() -> doc.invalid("association", code));
  }

  private List<FrontMatterDocument> parseAll(Path folder, Tally tally) {
    List<FrontMatterDocument> parsed = new ArrayList<>();
    for (Path file : ContentFiles.markdownFiles(folder)) {
      String name = folder.getFileName() + "/" + file.getFileName();
      try {
        parsed.add(FrontMatterDocument.parse(ContentFiles.read(file), name));
      } catch (PortalFailure e) {
        tally.refuse(name, e);
      }
    }
    return parsed;
  }

  private static int levelOrder(FrontMatterDocument doc) {
    try {
      return doc.choice("level", AssociationLevel.class).ordinal();
    } catch (PortalFailure e) {
      return AssociationLevel.values().length;
    }
  }

  private static final class Tally {
    int added;
    int alreadyPresent;
    final List<String> refused = new ArrayList<>();

    void refuse(String name, RuntimeException e) {
      String reason = e instanceof PortalFailure f ? f.getMessage() : e.toString();
      LOG.warning(() -> "Seed content " + name + " refused: " + reason);
      refused.add(name + ": " + reason);
    }

    Report report() {
      return new Report(added, alreadyPresent, List.copyOf(refused));
    }
  }
}
