package org.greenmine.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail to one person, for any feature: the text comes from the message bundles (Chinese, then
 * English) and the mail is written to the outbox in the caller's transaction, so it leaves exactly
 * when the caller's action commits. A missing or invalid address is logged and skipped: a mail
 * never fails the action that caused it.
 */
@ApplicationScoped
public class Notifications {
  private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

  @Inject MailOutbox outbox;
  @Inject MailSettings settings;

  private final MailText text = MailText.fromBundles();

  /**
   * A bilingual mail from two bundle keys ({@code mail.*}); the arguments fill both languages'
   * patterns ({@link MailText.Bilingual} gives one text per language).
   */
  @Transactional(TxType.MANDATORY)
  public void send(String email, String subjectKey, String bodyKey, Object... arguments) {
    if (!addressable(email, subjectKey)) {
      return;
    }
    MailText.Text mail = text.compose(subjectKey, bodyKey, arguments);
    outbox.enqueue(new MailOutbox.Mail(email, mail.subject(), mail.body()));
  }

  /**
   * As {@link #send}, but at most once for this key whatever happens later (a reminder); returns
   * whether the mail was written now.
   */
  @Transactional(TxType.MANDATORY)
  public boolean sendOnce(
      String dedupeKey, String email, String subjectKey, String bodyKey, Object... arguments) {
    if (!addressable(email, subjectKey)) {
      return false;
    }
    MailText.Text mail = text.compose(subjectKey, bodyKey, arguments);
    return outbox.enqueueOnce(dedupeKey, new MailOutbox.Mail(email, mail.subject(), mail.body()));
  }

  /** A mail whose text the caller built (a digest), with its one-click unsubscribe address. */
  @Transactional(TxType.MANDATORY)
  public void sendText(String email, MailText.Text mail, String unsubscribeUrl) {
    if (!addressable(email, mail.subject())) {
      return;
    }
    outbox.enqueue(new MailOutbox.Mail(email, mail.subject(), mail.body(), unsubscribeUrl));
  }

  public boolean validAddress(String email) {
    return MailAddresses.valid(email);
  }

  /** An absolute link into the portal ({@code greenmine.portal.url}) for a path such as /search. */
  public String link(String path) {
    return settings.portalUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /** The bundles' texts, for callers that build a mail of several parts. */
  public MailText text() {
    return text;
  }

  private boolean addressable(String email, String what) {
    if (validAddress(email)) {
      return true;
    }
    LOG.log(
        Level.INFO,
        "No mail ({0}): no valid address {1}",
        new Object[] {what, email == null ? "(none)" : "given"});
    return false;
  }
}
