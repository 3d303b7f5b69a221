package org.greenmine.notify.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Builds a mail's text from the message bundles: the Chinese text, then the English text, then the
 * note that the mail was sent automatically, in both languages. The subject holds both languages
 * too. Plain Java: no container needed.
 */
public final class MailText {
  public static final String BUNDLE = "org.greenmine.platform.messages";
  static final String SEPARATOR = "\n\n----------------------------------------\n\n";
  static final int MAX_SUBJECT = 400;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ResourceBundle zh;
  private final ResourceBundle en;

  /** An argument with its own text in each language (a campaign's title, say). */
  public record Bilingual(String zh, String en) {
    public static Bilingual of(String zh, String en) {
      String chinese = zh == null || zh.isBlank() ? (en == null ? "" : en) : zh;
      String english = en == null || en.isBlank() ? chinese : en;
      return new Bilingual(chinese, english);
    }

    String in(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : zh;
    }
  }

  /** An argument that is itself a bundle key, shown in each language (a disposition, say). */
  public record Key(String key) {}

  /** A finished text. */
  public record Text(String subject, String body) {}

  public MailText(ResourceBundle zh, ResourceBundle en) {
    this.zh = zh;
    this.en = en;
  }

  /** The portal's own bundles. */
  public static MailText fromBundles() {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ClassLoader loader = MailText.class.getClassLoader();
    return new MailText(
        ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, loader, exact),
        ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, loader, exact));
  }

  public Text compose(String subjectKey, String bodyKey, Object... arguments) {
    return new Text(
        subject(subjectKey, arguments),
        format(zh, bodyKey, arguments) + SEPARATOR + format(en, bodyKey, arguments) + footer());
  }

  /** Both languages' subjects, Chinese first; one only when they are the same. */
  public String subject(String subjectKey, Object... arguments) {
    String chinese = format(zh, subjectKey, arguments);
    String english = format(en, subjectKey, arguments);
    String subject = chinese.equals(english) ? chinese : chinese + " / " + english;
    return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
  }

  /** One language's text of a key. */
  public String chinese(String key, Object... arguments) {
    return format(zh, key, arguments);
  }

  public String english(String key, Object... arguments) {
    return format(en, key, arguments);
  }

  /** A body of a Chinese part and an English part the caller built, with the usual note. */
  public String body(String chinese, String english) {
    return chinese + SEPARATOR + english + footer();
  }

  /** The automatic-mail note in both languages, after a separator. */
  public String footer() {
    return SEPARATOR + format(zh, "mail.footer") + "\n" + format(en, "mail.footer") + "\n";
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no mail text for " + key, e);
    }
    Locale locale = bundle.getLocale();
    Object[] localized = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      localized[i] = localize(arguments[i], locale);
    }
    return new MessageFormat(pattern, locale).format(localized);
  }

  private static Object localize(Object argument, Locale locale) {
    if (argument instanceof Bilingual both) {
      return both.in(locale);
    }
    if (argument instanceof Key key) {
      return format(
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              MailText.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)),
          key.key());
    }
    if (argument instanceof Instant instant) {
      return MINUTES.format(LocalDateTime.ofInstant(instant, CHINA));
    }
    if (argument instanceof java.time.temporal.TemporalAccessor || argument instanceof Enum<?>) {
      return argument.toString();
    }
    if (argument instanceof Long || argument instanceof Integer) {
      // counts and ids as plain digits, never "1,024"
      return argument.toString();
    }
    return argument == null ? "" : argument;
  }
}
