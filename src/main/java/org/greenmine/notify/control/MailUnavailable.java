package org.greenmine.notify.control;

/** The mail server could not be reached or would not talk to the portal: try again later. */
public class MailUnavailable extends Exception {
  private static final long serialVersionUID = 1L;

  public MailUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
