package org.greenmine.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Writes the synthetic items straight into the portal's H2 database (opened by both processes with
 * {@code AUTO_SERVER=TRUE}): each one PUBLISHED, with its kind's row and a first revision, in JDBC
 * batches. The ids come from the portal's own sequences, which are moved past them afterwards.
 */
final class BenchDatabase implements AutoCloseable {
  static final int BATCH = 500;

  private final Connection connection;

  BenchDatabase(String url) throws SQLException {
    this.connection = DriverManager.getConnection(url, "sa", "");
  }

  List<SyntheticContent.Association> associations() throws SQLException {
    List<SyntheticContent.Association> associations = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.id, a.code, a.region_code, COUNT(d.id) FROM association a"
                    + " LEFT JOIN document d ON d.association_id = a.id"
                    + " GROUP BY a.id, a.code, a.region_code ORDER BY COUNT(d.id) DESC, a.id")) {
      while (rs.next()) {
        associations.add(
            new SyntheticContent.Association(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return associations;
  }

  List<SyntheticContent.Province> provinces() throws SQLException {
    List<SyntheticContent.Province> provinces = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT code, name_zh, name_en FROM region WHERE region_level = 'PROVINCE'"
                    + " ORDER BY code")) {
      while (rs.next()) {
        provinces.add(
            new SyntheticContent.Province(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    // mining provinces first, so the skewed picks make them the common ones
    List<String> common = List.of("150000", "140000", "370000", "610000", "530000", "360000");
    provinces.sort(
        (a, b) ->
            Integer.compare(
                common.contains(a.code()) ? common.indexOf(a.code()) : 99,
                common.contains(b.code()) ? common.indexOf(b.code()) : 99));
    return provinces;
  }

  long publishedCount() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM document WHERE state = 'PUBLISHED'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Reserves {@code count} consecutive document ids and returns the first. */
  long reserveDocumentIds(int count) throws SQLException {
    return reserve("document_seq", count);
  }

  private long reserve(String sequence, int count) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
      rs.next();
      long first = rs.getLong(1);
      s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (first + count));
      return first;
    }
  }

  /**
   * Inserts items 0..count-1; {@code progress} hears the number committed so far, {@code written}
   * gets each item.
   */
  void insert(
      SyntheticContent content,
      int count,
      IntConsumer progress,
      Consumer<SyntheticContent.Item> written)
      throws SQLException {
    long firstRevision = reserve("revision_seq", count);
    connection.setAutoCommit(false);
    try (PreparedStatement document =
            connection.prepareStatement(
                "INSERT INTO document (id, kind, slug, association_id, state, title_zh, title_en,"
                    + " summary_zh, summary_en, body_markdown, body_html, illustrative, created_at,"
                    + " updated_at, published_at, version)"
                    + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 1)");
        PreparedStatement technology =
            connection.prepareStatement(
                "INSERT INTO technology (id, category, minerals, mining_method, maturity, trl,"
                    + " holder, contact, batch, indicators) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement caseStudy =
            connection.prepareStatement(
                "INSERT INTO case_study (id, mine, enterprise, region_code, mineral, mining_method,"
                    + " mine_scale, figures, case_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement revision =
            connection.prepareStatement(
                "INSERT INTO revision (id, document_id, number, author, created_at, title_zh,"
                    + " title_en, summary_zh, summary_en, body_markdown, note)"
                    + " VALUES (?, ?, 1, 'bench', ?, ?, ?, ?, ?, ?, 'synthetic benchmark item')")) {
      for (int i = 0; i < count; i++) {
        SyntheticContent.Item item = content.item(i);
        Timestamp at = Timestamp.from(item.publishedAt());
        document.setLong(1, item.id());
        document.setString(2, item.kindColumn());
        document.setString(3, item.slug());
        document.setLong(4, item.association().id());
        document.setString(5, item.titleZh());
        document.setString(6, item.titleEn());
        document.setString(7, item.summaryZh());
        document.setString(8, item.summaryEn());
        document.setString(9, item.markdown());
        document.setString(10, item.html());
        document.setTimestamp(11, at);
        document.setTimestamp(12, at);
        document.setTimestamp(13, at);
        document.addBatch();
        if (item.technology()) {
          technology.setLong(1, item.id());
          technology.setString(2, item.category());
          technology.setString(3, String.join("; ", item.minerals()));
          technology.setString(4, item.miningMethod());
          technology.setString(5, item.maturity());
          technology.setInt(6, item.trl());
          technology.setString(7, item.holder());
          technology.setString(8, item.contact());
          technology.setString(9, item.batch());
          technology.setString(10, String.join("; ", item.indicators()));
          technology.addBatch();
        } else {
          caseStudy.setLong(1, item.id());
          caseStudy.setString(2, item.mine());
          caseStudy.setString(3, item.enterprise());
          caseStudy.setString(4, item.regionCode());
          caseStudy.setString(5, item.minerals().get(0));
          caseStudy.setString(6, item.miningMethod());
          caseStudy.setString(7, item.scale());
          caseStudy.setString(8, String.join("; ", item.figures()));
          if (item.year() == null) {
            caseStudy.setNull(9, Types.INTEGER);
          } else {
            caseStudy.setInt(9, item.year());
          }
          caseStudy.addBatch();
        }
        revision.setLong(1, firstRevision + i);
        revision.setLong(2, item.id());
        revision.setTimestamp(3, at);
        revision.setString(4, item.titleZh());
        revision.setString(5, item.titleEn());
        revision.setString(6, item.summaryZh());
        revision.setString(7, item.summaryEn());
        revision.setString(8, item.markdown());
        revision.addBatch();
        written.accept(item);
        if ((i + 1) % BATCH == 0 || i + 1 == count) {
          document.executeBatch();
          technology.executeBatch();
          caseStudy.executeBatch();
          revision.executeBatch();
          connection.commit();
          progress.accept(i + 1);
        }
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
