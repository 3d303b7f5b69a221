package org.greenmine.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.greenmine.audit.boundary.AuditAdministration;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.audit.control.AuditVerification;
import org.greenmine.audit.control.ChainReport;
import org.greenmine.audit.control.ChainReport.Outcome;
import org.greenmine.audit.control.HashChain;
import org.greenmine.identity.entity.Role;
import org.greenmine.platform.control.DatabaseSetup;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.greenmine.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log inside the deployed portal, on its real database: events commit and roll back with
 * their transaction, concurrent appends form one chain, a row changed behind the portal's back is
 * found, and only administrators see the log. A test that tampers with a row puts it back.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(AuditLogIT.class, AuditedStep.class, TestAccounts.class);
  }

  @ArquillianResource URL base;
  @Inject AuditLog log;
  @Inject AuditVerification verification;
  @Inject AuditAdministration administration;
  @Inject AuditedStep step;
  @Inject TestAccounts accounts;
  @Inject UserTransaction transaction;

  /** A business step that records its event in its own transaction, as a feature's service does. */
  @ApplicationScoped
  public static class AuditedStep {
    @Inject AuditLog log;

    @Transactional
    public void run(String eventType, String subject, Map<String, String> details) {
      log.record(eventType, subject, details);
    }
  }

  record Row(
      long id,
      long occurredAt,
      String actor,
      String eventType,
      String subject,
      String details,
      String previousHash,
      String hash) {}

  @Test
  void anEventCommitsOrRollsBackWithTheCallersTransaction() throws Exception {
    String subject = "campaign:" + UUID.randomUUID();
    long before = count();

    transaction.begin();
    log.record("campaign.opened", subject, Map.of("year", "2026"));
    transaction.rollback();
    assertEquals(before, count(), "rolled back with its transaction");
    assertTrue(rows(subject).isEmpty());
    assertTrue(verification.verify().isIntact(), "the head rolled back too");

    transaction.begin();
    log.record("campaign.opened", subject, Map.of("year", "2026", "association", "CMF"));
    transaction.commit();
    assertEquals(before + 1, count());
    Row row = rows(subject).get(0);
    assertEquals("public", row.actor(), "an anonymous caller is the public");
    assertEquals("campaign.opened", row.eventType());
    assertEquals("{\"association\":\"CMF\",\"year\":\"2026\"}", row.details());
    assertEquals(before == 0 ? HashChain.GENESIS : lastHashBefore(row.id()), row.previousHash());
    assertEquals(
        HashChain.hash(
            row.previousHash(),
            new HashChain.Content(
                row.occurredAt(), row.actor(), row.eventType(), row.subject(), row.details())),
        row.hash());
    assertEquals(ChainReport.intact(before + 1), verification.verify());
  }

  @Test
  void recordingOutsideATransactionIsRefused() throws Exception {
    long before = count();
    assertThrows(TransactionalException.class, () -> log.record("x.y", "x:1", Map.of()));
    assertEquals(before, count());
  }

  @Test
  void eventsOfOneTransactionChainOneAfterTheOther() throws Exception {
    String subject = "ballot:" + UUID.randomUUID();
    transaction.begin();
    log.record("ballot.cast", subject, Map.of("round", "1"));
    log.record("ballot.revised", subject, Map.of("round", "1"));
    log.recordAsSystem("round.closed", subject, Map.of());
    transaction.commit();
    List<Row> rows = rows(subject);
    assertEquals(3, rows.size());
    assertEquals(rows.get(0).hash(), rows.get(1).previousHash());
    assertEquals(rows.get(1).hash(), rows.get(2).previousHash());
    assertEquals("system", rows.get(2).actor());
    assertTrue(verification.verify().isIntact());
  }

  @Test
  void twentyConcurrentAppendsFormOneIntactChain() throws Exception {
    ChainReport before = verification.verify();
    assertTrue(before.isIntact(), before.toString());
    String subject = "concurrent:" + UUID.randomUUID();
    int threads = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> appends = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String n = String.valueOf(i);
        appends.add(
            pool.submit(
                () -> {
                  start.await();
                  step.run("application.submitted", subject, Map.of("n", n));
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> append : appends) {
        append.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Row> rows = rows(subject);
    assertEquals(threads, rows.size());
    assertEquals(
        threads,
        new HashSet<>(rows.stream().map(Row::previousHash).toList()).size(),
        "no two events chained onto the same predecessor");
    assertEquals(ChainReport.intact(before.eventsChecked() + threads), verification.verify());
  }

  @Test
  void verificationNamesExactlyTheEventChangedBehindThePortalsBack() throws Exception {
    String subject = "ballot:" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      step.run("ballot.cast", subject, Map.of("score", String.valueOf(80 + i)));
    }
    List<Row> rows = rows(subject);
    Row middle = rows.get(1);
    long events = count();
    assertEquals(ChainReport.intact(events), verification.verify());
    try {
      sql("UPDATE audit_event SET details = ? WHERE id = ?", "{\"score\":\"100\"}", middle.id());
      ChainReport altered = verification.verify();
      assertEquals(Outcome.CONTENT_ALTERED, altered.outcome(), altered.toString());
      assertEquals(middle.id(), altered.eventId());

      // rewritten with a matching hash: the next event no longer links to it
      String forged =
          HashChain.hash(
              middle.previousHash(),
              new HashChain.Content(
                  middle.occurredAt(),
                  middle.actor(),
                  middle.eventType(),
                  middle.subject(),
                  "{\"score\":\"100\"}"));
      sql("UPDATE audit_event SET hash = ? WHERE id = ?", forged, middle.id());
      ChainReport relinked = verification.verify();
      assertEquals(Outcome.LINK_BROKEN, relinked.outcome(), relinked.toString());
      assertEquals(rows.get(2).id(), relinked.eventId());
    } finally {
      sql(
          "UPDATE audit_event SET details = ?, hash = ? WHERE id = ?",
          middle.details(),
          middle.hash(),
          middle.id());
    }
    assertEquals(ChainReport.intact(events), verification.verify());

    Row newest = rows(subject).get(2);
    try {
      sql("DELETE FROM audit_event WHERE id = ?", newest.id());
      ChainReport shortened = verification.verify();
      assertEquals(Outcome.END_MISSING, shortened.outcome(), shortened.toString());
      assertEquals(newest.id(), shortened.eventId());
    } finally {
      sql(
          "INSERT INTO audit_event (id, occurred_at, actor, event_type, subject, details,"
              + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          newest.id(),
          newest.occurredAt(),
          newest.actor(),
          newest.eventType(),
          newest.subject(),
          newest.details(),
          newest.previousHash(),
          newest.hash());
    }
    assertEquals(ChainReport.intact(events), verification.verify());
  }

  @Test
  void theAdministrationServiceRefusesCallersWithoutTheRole() {
    assertThrows(EJBAccessException.class, () -> administration.verify());
    assertThrows(EJBAccessException.class, () -> administration.newest(0, 10));
  }

  @Test
  void thePageIsForAdministratorsAndShowsTheNewestEventsAndAnIntactChain() throws Exception {
    assertEquals(302, browser().get("admin/audit").statusCode(), "anonymous: to the login page");

    String member = accounts.create("auditee", "Member-Pass-2026", Role.MEMBER);
    PortalHttp memberBrowser = browser();
    assertEquals(302, memberBrowser.login(member, "Member-Pass-2026").statusCode());
    HttpResponse<String> refused = memberBrowser.get("admin/audit");
    assertEquals(403, refused.statusCode());
    assertFalse(refused.body().contains("audit:verify"));
    assertFalse(memberBrowser.get("").body().contains("id=\"auditLink\""));

    String subject = "technology:" + UUID.randomUUID();
    step.run("technology.published", subject, Map.of("title", "<b>膏体充填</b>"));
    long events = count();
    assertTrue(verification.verify().isIntact());

    PortalHttp admin = browser();
    assertEquals(302, admin.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    HttpResponse<String> page = admin.get("admin/audit");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"auditLink\""), "the header links to the page");
    assertTrue(page.body().contains(subject), "the newest event is on the first page");
    assertTrue(page.body().contains("&lt;b&gt;膏体充填&lt;/b&gt;"), "details are escaped");
    assertFalse(page.body().contains("<b>膏体充填</b>"));

    HttpResponse<String> verified = admin.ajaxOn(page, "admin/audit", "audit", "verify", Map.of());
    assertEquals(200, verified.statusCode());
    assertTrue(verified.body().contains("Intact: " + events + " events checked."), verified.body());

    PortalHttp chinese = browser().language("zh-CN");
    assertEquals(302, chinese.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    HttpResponse<String> zh = chinese.ajax("admin/audit", "audit", "verify", Map.of());
    assertTrue(zh.body().contains("完好：已检查 " + events + " 个事件。"), zh.body());
  }

  private PortalHttp browser() {
    return new PortalHttp(LocalUrl.of(base));
  }

  private static DataSource database() throws Exception {
    return InitialContext.doLookup(DatabaseSetup.JNDI_NAME);
  }

  /** Plain JDBC, outside the portal: what someone with access to the database could do. */
  private static void sql(String statement, Object... values) throws Exception {
    try (Connection c = database().getConnection();
        PreparedStatement update = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      assertEquals(1, update.executeUpdate(), statement);
    }
  }

  private static long count() throws Exception {
    try (Connection c = database().getConnection();
        ResultSet result = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String lastHashBefore(long id) throws Exception {
    try (Connection c = database().getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT hash FROM audit_event WHERE id < ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next());
        return result.getString(1);
      }
    }
  }

  private static List<Row> rows(String subject) throws Exception {
    try (Connection c = database().getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT id, occurred_at, actor, event_type, subject, details, previous_hash, hash"
                    + " FROM audit_event WHERE subject = ? ORDER BY id")) {
      query.setString(1, subject);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong(1),
                  result.getLong(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7),
                  result.getString(8)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
