package org.greenmine.platform.control;

/** The change collides with the current state (a duplicate key, a concurrent edit). */
public class Conflict extends PortalFailure {
  public Conflict(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
