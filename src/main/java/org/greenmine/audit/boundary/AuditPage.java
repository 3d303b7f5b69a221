package org.greenmine.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.greenmine.audit.control.ChainReport;
import org.greenmine.audit.entity.AuditEvent;
import org.greenmine.platform.boundary.PageMessages;

/** The administrator's audit page: the events, newest first, and verification of the chain. */
@Named
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  @Inject AuditAdministration administration;

  private AuditEventList events;
  private String verdict;
  private boolean intact;

  @PostConstruct
  void init() {
    events = new AuditEventList(administration);
  }

  public void verify() {
    ChainReport report = administration.verify();
    intact = report.isIntact();
    verdict =
        switch (report.outcome()) {
          case INTACT -> PageMessages.text("audit.verify.intact", report.eventsChecked());
          case CONTENT_ALTERED -> PageMessages.text("audit.verify.altered", report.eventId());
          case LINK_BROKEN -> PageMessages.text("audit.verify.linkBroken", report.eventId());
          case END_MISSING ->
              PageMessages.text(
                  "audit.verify.endMissing", report.eventId(), report.eventsChecked());
        };
  }

  public AuditEventList getEvents() {
    return events;
  }

  /** The result of the last verification, null before the first. */
  public String getVerdict() {
    return verdict;
  }

  public boolean isIntact() {
    return intact;
  }

  /** The event's time in UTC, to the millisecond, as hashed. */
  public String time(AuditEvent event) {
    return TIME.format(event.getOccurredAt());
  }
}
