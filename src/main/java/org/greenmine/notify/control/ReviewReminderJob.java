package org.greenmine.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.jobs.control.ClusterJob;
import org.greenmine.notify.control.MailText.Bilingual;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.control.BallotReminders;

/**
 * The day before a round's review closes, experts who have not cast all their ballots get one
 * reminder per round (the outbox's key makes a second run, or another instance, write nothing).
 */
@ApplicationScoped
public class ReviewReminderJob implements ClusterJob {
  @Inject BallotReminders reminders;
  @Inject Notifications notifications;
  @Inject AccountDirectory accounts;
  @Inject PortalClock time;

  @Override
  public String name() {
    return "review-reminders";
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  @Override
  @Transactional
  public String run() {
    int written = 0;
    int owed = 0;
    for (BallotReminders.Owed o : reminders.owedOn(time.today())) {
      owed++;
      String email = accounts.findByUsername(o.expert()).map(Account::getEmail).orElse(null);
      if (notifications.sendOnce(
          "review-reminder:" + o.roundId() + ":" + o.expert(),
          email,
          "mail.reminder.subject",
          "mail.reminder.body",
          Bilingual.of(o.campaignTitleZh(), o.campaignTitleEn()),
          o.roundNumber(),
          o.closes(),
          o.missing(),
          notifications.link("/expert/index"))) {
        written++;
      }
    }
    return "experts owing ballots: " + owed + ", reminders written: " + written;
  }
}
