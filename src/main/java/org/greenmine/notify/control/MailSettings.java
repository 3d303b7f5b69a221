package org.greenmine.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.platform.control.RetryPolicy;

/**
 * The mail configuration (MicroProfile Config, {@code greenmine.mail.*}), with defaults for the
 * embedded run: mails are written to the server log and kept for the administrators' mailbox page.
 */
@ApplicationScoped
public class MailSettings {
  /** How mails leave the portal. */
  public enum Mode {
    /** Written to the server log and kept in the outbox (the embedded run's local mailbox). */
    LOG,
    /** Sent to the configured SMTP server. */
    SMTP
  }

  @Inject
  @ConfigProperty(name = "greenmine.mail.mode", defaultValue = "log")
  String mode;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "greenmine.mail.smtp.timeout-millis", defaultValue = "20000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(
      name = "greenmine.mail.from",
      defaultValue = "GreenMine Portal <noreply@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "greenmine.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  @Inject
  @ConfigProperty(name = "greenmine.mail.retry-first-millis", defaultValue = "30000")
  long retryFirstMillis;

  @Inject
  @ConfigProperty(name = "greenmine.mail.retry-max-millis", defaultValue = "900000")
  long retryMaxMillis;

  @Inject
  @ConfigProperty(name = "greenmine.mail.fail-after", defaultValue = "5")
  int failAfter;

  @Inject
  @ConfigProperty(name = "greenmine.mail.poll-millis", defaultValue = "2000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "greenmine.mail.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "greenmine.mail.lease-millis", defaultValue = "300000")
  long leaseMillis;

  public Mode mode() {
    return "smtp".equalsIgnoreCase(mode.strip()) ? Mode.SMTP : Mode.LOG;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public Optional<String> password() {
    return password;
  }

  public boolean starttls() {
    return starttls;
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  public String from() {
    return from;
  }

  /** The portal's public address without a trailing slash, for absolute links in mails. */
  public String portalUrl() {
    String url = portalUrl.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Waits between tries of one refused mail, and after how many refusals it is failed. */
  public RetryPolicy retryPolicy() {
    return new RetryPolicy(
        Duration.ofMillis(retryFirstMillis), Duration.ofMillis(retryMaxMillis), failAfter);
  }

  public long pollMillis() {
    return pollMillis;
  }

  public int batchSize() {
    return batchSize;
  }

  public long leaseMillis() {
    return leaseMillis;
  }
}
