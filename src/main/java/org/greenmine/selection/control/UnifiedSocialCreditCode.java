package org.greenmine.selection.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greenmine.platform.control.InvalidInput;

/**
 * An organisation's 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registration
 * authority (1), organisation type (1), administrative region (6), organisation code with its own
 * GB 11714 check character (9), and a check character over the first 17.
 *
 * <p>Every instance is valid: the constructor refuses anything else with {@link InvalidInput} whose
 * key says what is wrong ({@code selection.creditCode.length}, {@code .character}, {@code
 * .authority}, {@code .type}, {@code .region}, {@code .organisationCode}, {@code .checksum}) and
 * whose arguments are the code and the offending part.
 */
public record UnifiedSocialCreditCode(String value) {
  /** The 31 characters of the code: digits and capitals without I, O, Z, S and V. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  public static final int LENGTH = 18;

  private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** GB 32100-2015 table 1: registration authority → the organisation types it registers. */
  private static final Map<Character, String> TYPES_BY_AUTHORITY =
      Map.ofEntries(
          Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 群众团体, 其他
          Map.entry('2', "19"), // 外交
          Map.entry('3', "123459"), // 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委, 其他
          Map.entry('4', "19"), // 文化
          Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会, 其他
          Map.entry('6', "129"), // 旅游
          Map.entry('7', "129"), // 宗教
          Map.entry('8', "19"), // 工会
          Map.entry('9', "123"), // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
          Map.entry('A', "19"), // 中央军委改革和编制办公室
          Map.entry('N', "1239"), // 农业: 农村集体经济组织
          Map.entry('Y', "1")); // 其他

  /** First two digits of GB/T 2260 region codes; 10 is used for organisations of the centre. */
  private static final Set<String> PROVINCES =
      Set.of(
          "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
          "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
          "64", "65", "71", "81", "82");

  public UnifiedSocialCreditCode {
    check(value);
  }

  /** Reads a code as people type it: surrounding blanks and lower case are forgiven. */
  public static UnifiedSocialCreditCode parse(String text) {
    if (text == null) {
      throw new InvalidInput("selection.creditCode.length", "", 0);
    }
    return new UnifiedSocialCreditCode(text.strip().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidInput e) {
      return false;
    }
  }

  /** The check character the first 17 characters call for. */
  public static char checkCharacter(String first17) {
    if (first17 == null
        || first17.length() < LENGTH - 1
        || !first17.substring(0, LENGTH - 1).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new InvalidInput("selection.creditCode.character", first17, 0, '?');
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The GB 11714 check character of an 8-character organisation code body. */
  static char organisationCheckCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < ORGANISATION_CODE_WEIGHTS.length; i++) {
      sum += Character.digit(body.charAt(i), 36) * ORGANISATION_CODE_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static void check(String code) {
    if (code == null || code.length() != LENGTH) {
      throw new InvalidInput(
          "selection.creditCode.length",
          code == null ? "" : code,
          code == null ? 0 : code.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        throw new InvalidInput("selection.creditCode.character", code, i + 1, code.charAt(i));
      }
    }
    String types = TYPES_BY_AUTHORITY.get(code.charAt(0));
    if (types == null) {
      throw new InvalidInput("selection.creditCode.authority", code, code.charAt(0));
    }
    if (types.indexOf(code.charAt(1)) < 0) {
      throw new InvalidInput("selection.creditCode.type", code, code.charAt(0), code.charAt(1));
    }
    String region = code.substring(2, 8);
    if (!region.chars().allMatch(c -> c >= '0' && c <= '9')
        || !PROVINCES.contains(region.substring(0, 2))) {
      throw new InvalidInput("selection.creditCode.region", code, region);
    }
    char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
    if (code.charAt(16) != organisationCheck) {
      throw new InvalidInput(
          "selection.creditCode.organisationCode", code, organisationCheck, code.charAt(16));
    }
    char check = checkCharacter(code);
    if (code.charAt(17) != check) {
      throw new InvalidInput("selection.creditCode.checksum", code, check, code.charAt(17));
    }
  }

  /** 登记管理部门代码, e.g. {@code 9} for market regulation (enterprises). */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** 机构类别代码, e.g. {@code 1} for an enterprise under authority {@code 9}. */
  public char organisationType() {
    return value.charAt(1);
  }

  /** The GB/T 2260 code of the region where the organisation is registered. */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /** The region code of the province of registration, e.g. {@code 350000}. */
  public String provinceCode() {
    return value.substring(2, 4) + "0000";
  }

  /** 组织机构代码 (GB 11714), with its check character. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  @Override
  public String toString() {
    return value;
  }
}
