package org.greenmine.platform.control;

/** What was asked for does not exist, or the asker may not know that it exists. */
public class NotFound extends PortalFailure {
  public NotFound(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
