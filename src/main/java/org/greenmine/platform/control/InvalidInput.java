package org.greenmine.platform.control;

/**
 * A request the portal refuses because of what the user gave it. The key names a message in the
 * resource bundles; the arguments fill its placeholders.
 */
public class InvalidInput extends PortalFailure {
  public InvalidInput(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
