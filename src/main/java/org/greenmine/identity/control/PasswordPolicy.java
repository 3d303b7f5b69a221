package org.greenmine.identity.control;

import org.greenmine.platform.control.InvalidInput;

/** What a new password must be: long enough, not absurdly long, and not the user name. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  public static void check(String username, char[] password) {
    if (password == null || password.length < MIN_LENGTH) {
      throw new InvalidInput("password.tooShort", MIN_LENGTH);
    }
    if (password.length > MAX_LENGTH) {
      throw new InvalidInput("password.tooLong", MAX_LENGTH);
    }
    if (username != null && username.equalsIgnoreCase(new String(password))) {
      throw new InvalidInput("password.sameAsUsername");
    }
  }
}
