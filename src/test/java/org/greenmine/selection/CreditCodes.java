package org.greenmine.selection;

/**
 * Valid credit codes for tests, computed here independently of the production code: the GB 11714
 * check over the organisation code body and the GB 32100 check with its weight table written out.
 */
public final class CreditCodes {
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String GB11714_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int[] GB32100_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CreditCodes() {}

  /** A valid code from its parts: e.g. ("91", "350100", "M000100Y"). */
  static String of(String authorityAndType, String region, String organisationBody) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += GB11714_VALUES.indexOf(organisationBody.charAt(i)) * GB11714_WEIGHTS[i];
    }
    int c9 = 11 - sum % 11;
    String organisation = organisationBody + (c9 == 10 ? "X" : c9 == 11 ? "0" : "" + c9);
    String first17 = authorityAndType + region + organisation;
    int total = 0;
    for (int i = 0; i < 17; i++) {
      total += CODE_ALPHABET.indexOf(first17.charAt(i)) * GB32100_WEIGHTS[i];
    }
    return first17 + CODE_ALPHABET.charAt((31 - total % 31) % 31);
  }

  /** The n-th of a family of valid enterprise codes registered in Fuzhou. */
  public static String enterprise(int n) {
    return of("91", "350100", String.format("MA%06d", n));
  }
}
