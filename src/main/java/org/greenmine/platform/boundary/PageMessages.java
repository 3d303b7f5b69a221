package org.greenmine.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.greenmine.platform.control.Phrase;
import org.greenmine.platform.control.PortalFailure;

/** Faces messages in the reader's language, from the {@code msg} bundle. */
public final class PageMessages {
  public static final String BUNDLE = "org.greenmine.platform.messages";
  private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

  private PageMessages() {}

  /** The bundle in the reader's language. */
  public static ResourceBundle bundle() {
    return ResourceBundle.getBundle(
        BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The API speaks English. */
  public static ResourceBundle englishBundle() {
    return ResourceBundle.getBundle(BUNDLE, java.util.Locale.ENGLISH);
  }

  public static String text(String key, Object... arguments) {
    ResourceBundle bundle = bundle();
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      LOG.warning(() -> "No text for message key " + key);
      pattern = key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(said(bundle, arguments));
  }

  /** The arguments with every {@link Phrase} in them said in the bundle's language. */
  public static Object[] said(ResourceBundle bundle, Object... arguments) {
    Object[] said = arguments.clone();
    for (int i = 0; i < said.length; i++) {
      said[i] = say(bundle, said[i]);
    }
    return said;
  }

  private static Object say(ResourceBundle bundle, Object argument) {
    if (argument instanceof Phrase phrase) {
      return bundle.containsKey(phrase.key()) ? bundle.getString(phrase.key()) : phrase.key();
    }
    if (argument instanceof java.util.Collection<?> many) {
      return String.join(", ", many.stream().map(a -> String.valueOf(say(bundle, a))).toList());
    }
    return argument;
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void error(PortalFailure failure) {
    error(failure.messageKey(), failure.arguments());
  }

  /** Messages survive the redirect that follows a successful POST. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
