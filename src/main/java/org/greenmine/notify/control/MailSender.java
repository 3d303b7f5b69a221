package org.greenmine.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import org.greenmine.notify.control.MailOutbox.ClaimedMail;

/**
 * Hands one mail to the configured way out: the server log (the embedded run) or an SMTP server
 * through Jakarta Mail. Tells a server that cannot be reached ({@link MailUnavailable}) from a mail
 * the server refuses ({@link MailRefused}).
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject MailSettings settings;

  public MailSettings.Mode mode() {
    return settings.mode();
  }

  public void send(ClaimedMail claimed) throws MailUnavailable, MailRefused {
    if (settings.mode() == MailSettings.Mode.LOG) {
      LOG.info(
          () ->
              "Mail "
                  + claimed.id()
                  + " (greenmine.mail.mode=log, not sent) to "
                  + claimed.mail().recipient()
                  + "\nSubject: "
                  + claimed.mail().subject()
                  + "\n\n"
                  + claimed.mail().body());
      return;
    }
    Session session = session();
    MimeMessage message;
    try {
      message = message(session, claimed);
    } catch (AddressException e) {
      throw new MailRefused("invalid address: " + e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailRefused("cannot build the mail: " + e.getMessage(), e);
    }
    try {
      Transport.send(message);
    } catch (SendFailedException e) {
      throw new MailRefused("refused by the mail server: " + e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailUnavailable("mail server unavailable: " + describe(e), e);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
    if (settings.starttls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
      String user = settings.user().get();
      String password = settings.password().orElse("");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          });
    }
    return Session.getInstance(properties);
  }

  private MimeMessage message(Session session, ClaimedMail claimed) throws MessagingException {
    // a stable Message-ID: should a mail be sent twice (a worker died between sending and
    // recording it), mail systems can tell the copies are the same mail
    String messageId = "<greenmine-mail-" + claimed.id() + "@" + hostOf(settings.portalUrl()) + ">";
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(settings.from(), false));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress(claimed.mail().recipient(), true));
    message.setSubject(claimed.mail().subject(), "UTF-8");
    message.setText(claimed.mail().body(), "UTF-8");
    message.setSentDate(java.util.Date.from(Instant.now()));
    message.setHeader("Auto-Submitted", "auto-generated");
    if (claimed.mail().unsubscribeUrl() != null) {
      // RFC 8058 one-click unsubscribe: mail programs POST to this address
      message.setHeader("List-Unsubscribe", "<" + claimed.mail().unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    return message;
  }

  static String hostOf(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null || host.isBlank() ? "greenmine.invalid" : host;
    } catch (IllegalArgumentException e) {
      return "greenmine.invalid";
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
      text.append(" / ").append(cause);
    }
    return text.toString();
  }
}
