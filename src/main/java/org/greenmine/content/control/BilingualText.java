package org.greenmine.content.control;

/**
 * Seed and curated texts are written Chinese first, then an English section headed "English". Split
 * there, each half goes to the search fields analysed for its language.
 */
public record BilingualText(String chinese, String english) {
  public static BilingualText split(String text) {
    if (text == null) {
      return new BilingualText("", "");
    }
    int at = text.indexOf("\nEnglish\n");
    if (at < 0) {
      boolean mostlyLatin = text.chars().filter(c -> c < 0x2E80).count() > text.length() * 0.9;
      return mostlyLatin ? new BilingualText("", text) : new BilingualText(text, "");
    }
    return new BilingualText(text.substring(0, at).strip(), text.substring(at + 9).strip());
  }
}
