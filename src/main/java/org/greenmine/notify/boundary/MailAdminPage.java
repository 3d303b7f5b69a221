package org.greenmine.notify.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenmine.notify.control.MailOutbox;
import org.greenmine.notify.entity.MailMessage;
import org.greenmine.platform.boundary.PageMessages;

/** The administrators' mail page: counts, the recent mails with their state, retry of failed. */
@Named
@ViewScoped
public class MailAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN = 200;
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject MailAdministration administration;

  private MailOutbox.Counts counts;
  private List<MailMessage> mails = List.of();
  private String mode;
  private Instant outageSince;
  private String outageError;

  /** Reads the outbox once for the page (on opening and after each action). */
  public void refresh() {
    counts = administration.counts();
    mails = administration.recent(SHOWN);
    mode = administration.mode().name().toLowerCase(java.util.Locale.ROOT);
    outageSince = administration.outageSince();
    outageError = administration.outageError();
  }

  public void retryFailed() {
    PageMessages.info("mail.admin.retried", administration.retryFailed());
    refresh();
  }

  public MailOutbox.Counts getCounts() {
    return counts;
  }

  public List<MailMessage> getMails() {
    return mails;
  }

  public String getMode() {
    return mode;
  }

  public Instant getOutageSince() {
    return outageSince;
  }

  public String getOutageError() {
    return outageError;
  }

  /** A time in the outbox (epoch milliseconds) as China time, for the table. */
  public String time(Long epochMillis) {
    return epochMillis == null || epochMillis == 0
        ? ""
        : SECONDS.format(
            LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.of("Asia/Shanghai")));
  }
}
