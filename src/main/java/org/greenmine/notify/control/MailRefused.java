package org.greenmine.notify.control;

/** The mail server refused this one mail (its recipient, say); other mails may still go. */
public class MailRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public MailRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
