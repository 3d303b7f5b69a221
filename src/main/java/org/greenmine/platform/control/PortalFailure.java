package org.greenmine.platform.control;

import java.util.Arrays;

/**
 * The portal's typed failures. Each carries a bundle key instead of a sentence so that pages and
 * the API can say it in the reader's language.
 */
public abstract class PortalFailure extends RuntimeException {
  private final String messageKey;
  private final transient Object[] arguments;

  protected PortalFailure(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
