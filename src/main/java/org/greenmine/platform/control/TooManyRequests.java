package org.greenmine.platform.control;

/** A caller has used up an allowance (a flood of anonymous submissions): the API answers 429. */
public class TooManyRequests extends PortalFailure {
  public TooManyRequests(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
