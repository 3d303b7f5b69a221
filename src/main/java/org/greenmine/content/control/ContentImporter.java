package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.control.AssociationRegistry.AssociationDraft;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.platform.control.PortalSettings;

/**
 * Loads the seed content from {@code content/}. Each item is matched by its natural key (a region's
 * code, an association's code) and skipped when it is already there, so running it again neither
 * duplicates anything nor overwrites what curators have changed since.
 */
@ApplicationScoped
public class ContentImporter {
  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

  @Inject PortalSettings settings;
  @Inject AssociationRegistry associations;

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
    return tally.report();
  }

  private void importRegions(Path file, Tally tally) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : read(file).lines().toList()) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
        continue;
      }
      rows.add(line.split(",", -1));
    }
    // parents first: cities before the counties inside them
    rows.sort(Comparator.comparing(r -> new RegionCode(r[0].strip()).level()));
    for (String[] row : rows) {
      String name = file.getFileName() + ":" + row[0];
      try {
        RegionCode code = new RegionCode(row[0].strip());
        if (associations.region(code).isPresent()) {
          tally.alreadyPresent++;
        } else {
          associations.addRegion(code, row[1].strip(), row[2].strip());
          tally.added++;
        }
      } catch (PortalFailure | ArrayIndexOutOfBoundsException e) {
        tally.refuse(name, e);
      }
    }
  }

  private void importAssociations(Path folder, Tally tally) {
    List<Parsed> parsed = new ArrayList<>();
    for (Path file : markdownFiles(folder)) {
      try {
        parsed.add(
            new Parsed(file, FrontMatterDocument.parse(read(file), file.getFileName().toString())));
      } catch (PortalFailure e) {
        tally.refuse(file.getFileName().toString(), e);
      }
    }
    // parents before children: national, then provincial, city, county
    parsed.sort(Comparator.comparing(p -> level(p.document()).ordinal()));
    for (Parsed item : parsed) {
      String name = item.file().getFileName().toString();
      FrontMatterDocument doc = item.document();
      try {
        String code = doc.required("code", name);
        if (associations.byCode(code).isPresent()) {
          tally.alreadyPresent++;
          continue;
        }
        associations.register(
            new AssociationDraft(
                code,
                doc.required("name_zh", name),
                doc.required("name_en", name),
                doc.required("prefix", name),
                AssociationLevel.valueOf(doc.required("level", name).toUpperCase(Locale.ROOT)),
                doc.optional("region").orElse(null),
                doc.optional("parent").orElse(null),
                doc.optional("website").orElse(null),
                doc.body()));
        tally.added++;
      } catch (PortalFailure | IllegalArgumentException e) {
        tally.refuse(name, e);
      }
    }
  }

  private record Parsed(Path file, FrontMatterDocument document) {}

  private static AssociationLevel level(FrontMatterDocument doc) {
    try {
      return AssociationLevel.valueOf(
          doc.optional("level").orElse("COUNTY").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return AssociationLevel.COUNTY;
    }
  }

  private static List<Path> markdownFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
