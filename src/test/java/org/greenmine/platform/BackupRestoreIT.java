package org.greenmine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as an operator runs them: {@code docker/backup.sh} dumps a migrated database
 * holding content, and its attachments; {@code docker/restore.sh} puts both into a new, empty
 * database and data folder; everything is found there again. On H2 (the embedded run) and on a real
 * PostgreSQL (production), each script a separate process with its own environment.
 */
class BackupRestoreIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path WORK = PROJECT.resolve("target").resolve("backup-it");
  private static final String SLUG = "full-tailings-paste-backfill";
  private static final String TITLE_ZH = "全尾砂膏体充填采矿技术";
  private static final String TITLE_EN = "Full-tailings paste backfill mining";
  private static final String STORED_NAME = "3f2c7a9e-5b1d-4e8a-9c6f-2d4b8a1e7c30.pdf";

  /** A database and the data folder beside it, as the scripts are told them. */
  private record Site(String url, String user, String password, Path dataDir) {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    Path attachment(String storedName) {
      return dataDir.resolve("attachments").resolve(storedName);
    }
  }

  private record Result(int exitCode, String output) {}

  @Test
  void h2BackupRestoresIntoAnEmptyDatabase() throws Exception {
    Path work = fresh("h2");
    Site source = h2Site(work, "source");
    Site target = h2Site(work, "target");
    int migrations = migrate(source);
    byte[] attachment = seed(source);
    Path backups = work.resolve("backups");

    // the portal has the embedded database open
    try (Connection portal = source.connect()) {
      Result locked =
          run(work, "backup-while-open", source, "docker/backup.sh", backups.toString());
      assertThat(locked.exitCode()).as(locked.output()).isNotZero();
      assertThat(locked.output()).contains("in use").contains("AUTO_SERVER=TRUE");
      assertThat(backupsIn(backups)).as("a failed backup leaves no folder").isEmpty();
    }

    Path backup = backUpAndRestore(work, source, target, "h2", migrations, attachment);

    Path damaged = work.resolve("damaged");
    copyFolder(backup, damaged);
    Path dump = damaged.resolve("database.sql.gz");
    byte[] bytes = Files.readAllBytes(dump);
    bytes[bytes.length / 2] ^= 1;
    Files.write(dump, bytes);
    Site elsewhere = h2Site(work, "elsewhere");
    Result refused =
        run(work, "restore-damaged", elsewhere, "docker/restore.sh", damaged.toString());
    assertThat(refused.exitCode()).as(refused.output()).isNotZero();
    assertThat(refused.output()).contains("does not match its sha256").contains("damaged");
    assertThat(elsewhere.dataDir()).doesNotExist();
  }

  @Test
  void postgresBackupRestoresIntoAnEmptyDatabase() throws Exception {
    int clientMajor = clientMajorVersion("pg_dump");
    clientMajorVersion("pg_restore");
    clientMajorVersion("psql");
    Path work = fresh("postgresql");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection admin =
              DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
          Statement statement = admin.createStatement()) {
        int serverMajor = admin.getMetaData().getDatabaseMajorVersion();
        assertThat(clientMajor)
            .as("pg_dump must be at least the server's major version %d", serverMajor)
            .isGreaterThanOrEqualTo(serverMajor);
        statement.execute("CREATE DATABASE source");
        statement.execute("CREATE DATABASE target");
      }
      String server = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
      Site source = new Site(server + "source", "postgres", "", work.resolve("source-data"));
      Site target = new Site(server + "target", "postgres", "", work.resolve("target-data"));
      int migrations = migrate(source);
      byte[] attachment = seed(source);

      backUpAndRestore(work, source, target, "postgresql", migrations, attachment);
    }
  }

  /**
   * Backs up {@code source}, restores into the empty {@code target} and compares; then checks that
   * a second restore is refused, and that {@code --force} replaces what the target holds.
   */
  private static Path backUpAndRestore(
      Path work, Site source, Site target, String kind, int migrations, byte[] attachment)
      throws Exception {
    Map<String, Long> counts = rowCounts(source);
    // Flyway may add a row of its own (H2: "Flyway Schema History table created")
    assertThat(counts.get("flyway_schema_history")).isGreaterThanOrEqualTo(migrations);
    assertThat(counts)
        .containsEntry("document", 1L)
        .containsEntry("technology", 1L)
        .containsEntry("revision", 1L)
        .containsEntry("attachment", 1L);
    long documentId = documentId(source);

    Path backups = work.resolve("backups");
    Result backedUp = run(work, "backup", source, "docker/backup.sh", backups.toString());
    assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
    List<Path> written = backupsIn(backups);
    assertThat(written).hasSize(1);
    Path backup = written.get(0);
    assertThat(Files.readString(backup.resolve("manifest.txt")))
        .contains("database=" + kind)
        .contains("attachments_file=attachments.tar.gz")
        .contains("attachments_count=3")
        .containsPattern("(?m)^[0-9a-f]{64}  attachments\\.tar\\.gz$");

    Result restored = run(work, "restore", target, "docker/restore.sh", backup.toString());
    assertThat(restored.exitCode()).as(restored.output()).isZero();
    assertThat(restored.output()).contains("checksums match").contains("/admin/search");
    assertRestored(target, counts, documentId, attachment);

    Result again = run(work, "restore-again", target, "docker/restore.sh", backup.toString());
    assertThat(again.exitCode()).as(again.output()).isNotZero();
    assertThat(again.output()).contains("refused").contains("flyway_schema_history");
    assertThat(again.output()).contains("--force");

    Result forced =
        run(work, "restore-force", target, "docker/restore.sh", "--force", backup.toString());
    assertThat(forced.exitCode()).as(forced.output()).isZero();
    assertRestored(target, counts, documentId, attachment);
    return backup;
  }

  private static void assertRestored(
      Site target, Map<String, Long> counts, long documentId, byte[] attachment)
      throws SQLException, IOException {
    assertThat(rowCounts(target)).isEqualTo(counts);
    try (Connection c = target.connect();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT d.title_zh, d.title_en, d.state, t.trl, a.sha256 FROM document d"
                    + " JOIN technology t ON t.id = d.id JOIN attachment a ON a.document_id = d.id"
                    + " WHERE d.kind = 'TECHNOLOGY' AND d.slug = ?")) {
      query.setString(1, SLUG);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("the technology is in the restored database").isTrue();
        assertThat(row.getString("title_zh")).isEqualTo(TITLE_ZH);
        assertThat(row.getString("title_en")).isEqualTo(TITLE_EN);
        assertThat(row.getString("state")).isEqualTo("PUBLISHED");
        assertThat(row.getInt("trl")).isEqualTo(9);
        assertThat(row.getString("sha256")).isEqualTo(sha256(attachment));
      }
      // the sequences carry on where the source left off, so new content gets fresh ids
      try (ResultSet next = c.createStatement().executeQuery("SELECT nextval('document_seq')")) {
        next.next();
        assertThat(next.getLong(1)).isEqualTo(documentId + 1);
      }
    }
    assertThat(Files.readAllBytes(target.attachment(STORED_NAME))).isEqualTo(attachment);
    for (Path other : otherUploads(target)) {
      assertThat(Files.readAllBytes(other)).as(other.toString()).isEqualTo(attachment);
    }
  }

  private static List<Path> otherUploads(Site site) {
    return List.of(
        site.dataDir().resolve("application-attachments").resolve(STORED_NAME),
        site.dataDir().resolve("concerns").resolve(STORED_NAME));
  }

  /** Runs one of the scripts as an operator would, with only the settings given here. */
  private static Result run(Path work, String step, Site site, String... command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(command));
    line.set(0, PROJECT.resolve(command[0]).toString());
    Path log = work.resolve(step + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("GREENMINE_") || name.startsWith("PG"));
    environment.put("GREENMINE_DB_URL", site.url());
    environment.put("GREENMINE_DB_USER", site.user());
    environment.put("GREENMINE_DB_PASSWORD", site.password());
    environment.put("GREENMINE_DATA_DIR", site.dataDir().toString());
    environment.put("H2_JAR", h2Jar().toString());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(step + " did not finish in 5 minutes: " + Files.readString(log));
    }
    String output = Files.readString(log);
    System.out.printf("--- %s (exit %d)%n%s", step, process.exitValue(), output);
    return new Result(process.exitValue(), output);
  }

  private static Path h2Jar() {
    try {
      return Path.of(
          org.h2.tools.Script.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The client tool's major version; fails, never skips, when the tool is missing. */
  private static int clientMajorVersion(String tool) throws InterruptedException {
    String output;
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
    } catch (IOException e) {
      throw new AssertionError(
          tool
              + " is not on the PATH: install the PostgreSQL client tools to test the PostgreSQL"
              + " backup (Debian/Ubuntu: apt-get install postgresql-client; CI installs it)",
          e);
    }
    Matcher version = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(output);
    assertThat(version.find()).as("%s --version said: %s", tool, output).isTrue();
    return Integer.parseInt(version.group(1));
  }

  private static Site h2Site(Path work, String name) {
    Path data = work.resolve(name + "-data");
    return new Site("jdbc:h2:file:" + data.resolve("db").resolve("greenmine"), "sa", "", data);
  }

  /** Migrates the site's database and returns how many migrations ran. */
  private static int migrate(Site site) {
    return Flyway.configure()
        .dataSource(site.url(), site.user(), site.password())
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /**
   * What a curator leaves behind after publishing one technology with an attachment: its
   * association and account, the document with its technology row and first revision, and the
   * attachment's row and file. Returns the attachment's bytes.
   */
  private static byte[] seed(Site site) throws SQLException, IOException {
    byte[] pdf = new byte[48 * 1024];
    new Random(2025).nextBytes(pdf);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, pdf, 0, header.length);
    Timestamp created = Timestamp.valueOf(LocalDateTime.of(2025, 3, 12, 9, 30));
    Timestamp published = Timestamp.valueOf(LocalDateTime.of(2025, 4, 1, 8, 0, 15));
    String markdown = "## 工艺\n\n全尾砂经浓密、过滤后与胶凝材料制成膏体，泵送至采空区。";
    try (Connection c = site.connect()) {
      long association = next(c, "association_seq");
      long account = next(c, "account_seq");
      long document = next(c, "document_seq");
      insert(
          c,
          "association (id, code, name_zh, name_en, standard_prefix, assoc_level, website,"
              + " created_at, version)",
          association,
          "CMRA",
          "中国矿业联合会",
          "China Mining Association",
          "T/CMRA",
          "NATIONAL",
          "https://www.example.org",
          created,
          0L);
      insert(
          c,
          "account (id, username, display_name, email, password_hash, association_id, enabled,"
              + " created_at, version)",
          account,
          "curator.li",
          "李工",
          "li@example.org",
          "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==",
          association,
          true,
          created,
          0L);
      insert(c, "account_role (account_id, role_name)", account, "CURATOR");
      insert(
          c,
          "document (id, kind, slug, association_id, state, title_zh, title_en, summary_zh,"
              + " summary_en, body_markdown, body_html, illustrative, created_at, updated_at,"
              + " published_at, version)",
          document,
          "TECHNOLOGY",
          SLUG,
          association,
          "PUBLISHED",
          TITLE_ZH,
          TITLE_EN,
          "尾砂零排放，采空区充填。",
          "Tailings go back underground as paste.",
          markdown,
          "<h2>工艺</h2>\n<p>全尾砂经浓密、过滤后与胶凝材料制成膏体，泵送至采空区。</p>",
          false,
          created,
          published,
          published,
          2L);
      insert(
          c,
          "technology (id, category, minerals, mining_method, maturity, trl, holder, batch,"
              + " indicators, standard_codes)",
          document,
          "MINING",
          "金,铜,铅锌",
          "UNDERGROUND",
          "PROMOTION",
          9,
          "长沙矿山研究院有限责任公司",
          "2024",
          "充填体强度 ≥ 1.5 MPa；尾砂利用率 ≥ 90%",
          "T/CMRA 001-2024");
      insert(
          c,
          "revision (id, document_id, number, author, created_at, title_zh, title_en, summary_zh,"
              + " summary_en, body_markdown, note)",
          next(c, "revision_seq"),
          document,
          1,
          "curator.li",
          created,
          TITLE_ZH,
          TITLE_EN,
          "尾砂零排放，采空区充填。",
          "Tailings go back underground as paste.",
          markdown,
          "首次发布");
      insert(
          c,
          "attachment (id, document_id, original_name, stored_name, media_type, size_bytes,"
              + " sha256, uploaded_by, uploaded_at)",
          next(c, "attachment_seq"),
          document,
          "膏体充填系统工艺流程.pdf",
          STORED_NAME,
          "application/pdf",
          (long) pdf.length,
          sha256(pdf),
          "curator.li",
          published);
    }
    Path file = site.attachment(STORED_NAME);
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    // an application's files and a concern's evidence live in folders of their own
    for (Path other : otherUploads(site)) {
      Files.createDirectories(other.getParent());
      Files.write(other, pdf);
    }
    return pdf;
  }

  private static long next(Connection c, String sequence) throws SQLException {
    try (ResultSet next = c.createStatement().executeQuery("SELECT nextval('" + sequence + "')")) {
      next.next();
      return next.getLong(1);
    }
  }

  private static void insert(Connection c, String tableAndColumns, Object... values)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(values.length, "?"));
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO " + tableAndColumns + " VALUES (" + marks + ")")) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
    }
  }

  private static long documentId(Site site) throws SQLException {
    try (Connection c = site.connect();
        PreparedStatement query = c.prepareStatement("SELECT id FROM document WHERE slug = ?")) {
      query.setString(1, SLUG);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Rows per table of the application's schema, keyed by the table's name in lower case. */
  private static Map<String, Long> rowCounts(Site site) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = site.connect()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet names =
          c.createStatement()
              .executeQuery(
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet count =
            c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          count.next();
          counts.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
        }
      }
    }
    return counts;
  }

  private static List<Path> backupsIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(entry -> entry.getFileName().toString().startsWith("greenmine-"))
          .toList();
    }
  }

  private static Path fresh(String name) throws IOException {
    Path folder = WORK.resolve(name);
    if (Files.exists(folder)) {
      try (Stream<Path> tree = Files.walk(folder)) {
        for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(folder);
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
