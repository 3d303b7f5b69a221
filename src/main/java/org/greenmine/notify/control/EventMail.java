package org.greenmine.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.notify.control.MailText.Bilingual;
import org.greenmine.notify.control.MailText.Key;
import org.greenmine.selection.control.EligibilityDecided;
import org.greenmine.selection.control.RoundOpened;
import org.greenmine.standards.control.CommentResolved;

/**
 * Mail for the events of other features that concern one person. The features only fire their
 * events; this observer runs inside the firing transaction and writes to the outbox, so a mail
 * exists exactly when the decision committed. It never throws: a mail must not undo the decision.
 */
@ApplicationScoped
public class EventMail {
  private static final Logger LOG = Logger.getLogger(EventMail.class.getName());

  @Inject Notifications notifications;
  @Inject AccountDirectory accounts;

  void eligibilityDecided(@Observes EligibilityDecided decided) {
    guarded(
        "eligibility",
        () ->
            emailOf(decided.applicant())
                .ifPresent(
                    email ->
                        notifications.send(
                            email,
                            "mail.eligibility.subject",
                            decided.eligible()
                                ? "mail.eligibility.eligible.body"
                                : "mail.eligibility.ineligible.body",
                            decided.mineName(),
                            Bilingual.of(decided.campaignTitleZh(), decided.campaignTitleEn()),
                            decided.reason() == null ? "" : decided.reason(),
                            notifications.link("/account/applications"))));
  }

  void roundOpened(@Observes RoundOpened opened) {
    guarded(
        "round",
        () -> {
          for (String expert : opened.experts()) {
            emailOf(expert)
                .ifPresent(
                    email ->
                        notifications.send(
                            email,
                            "mail.round.subject",
                            "mail.round.body",
                            Bilingual.of(opened.campaignTitleZh(), opened.campaignTitleEn()),
                            opened.roundNumber(),
                            opened.reviewUntil(),
                            notifications.link("/expert/index")));
          }
        });
  }

  void commentResolved(@Observes CommentResolved resolved) {
    guarded(
        "comment",
        () ->
            emailOf(resolved.author())
                .ifPresent(
                    email ->
                        notifications.send(
                            email,
                            "mail.comment.subject",
                            "mail.comment.body",
                            resolved.standardCode(),
                            Bilingual.of(resolved.titleZh(), resolved.titleEn()),
                            resolved.clause(),
                            new Key("comment.disposition." + resolved.disposition().name()),
                            resolved.reason() == null ? "" : resolved.reason(),
                            notifications.link("/standards/" + resolved.standardSlug()))));
  }

  private Optional<String> emailOf(String username) {
    return accounts.findByUsername(username).map(Account::getEmail).filter(e -> !e.isBlank());
  }

  private static void guarded(String what, Runnable mail) {
    try {
      mail.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No " + what + " mail written", e);
    }
  }
}
