package org.greenmine.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * The portal's typed failures. They reach callers of EJB services as they are (an application
 * exception, not wrapped) and roll the transaction back. Each carries a bundle key instead of a
 * sentence so that pages and the API can say it in the reader's language.
 */
@ApplicationException(rollback = true, inherited = true)
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
