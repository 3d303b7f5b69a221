package org.greenmine.notify.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Which addresses the portal writes mail to: a plain {@code local@domain.tld}, nothing else (no
 * display names, lists, comments, spaces or line breaks that could smuggle headers in).
 */
public final class MailAddresses {
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?=.{1,253}$)([\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
              + "\\p{L}[\\p{L}\\p{N}-]{0,62}");

  private MailAddresses() {}

  public static boolean valid(String address) {
    if (address == null || address.isEmpty() || address.length() > 254) {
      return false;
    }
    if (address.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
      return false;
    }
    int at = address.indexOf('@');
    if (at < 1 || at != address.lastIndexOf('@') || at > 64) {
      return false;
    }
    if (!DOMAIN.matcher(address.substring(at + 1)).matches()) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      return address.equals(parsed.getAddress()) && parsed.getPersonal() == null;
    } catch (AddressException e) {
      return false;
    }
  }
}
