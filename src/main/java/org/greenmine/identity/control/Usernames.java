package org.greenmine.identity.control;

import java.util.Locale;

/** User names are compared trimmed and in lower case, whatever the server's locale. */
public final class Usernames {
  private Usernames() {}

  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
