package org.greenmine.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.greenmine.platform.control.Conflict;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.platform.control.TooManyRequests;

/** The portal's typed failures as HTTP statuses with a small JSON body; never a stack trace. */
@Provider
public class ApiFailures implements ExceptionMapper<PortalFailure> {
  @Override
  public Response toResponse(PortalFailure failure) {
    return Response.status(statusOf(failure))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(bodyOf(failure))
        .build();
  }

  /** The HTTP status of a typed failure; the API's plain servlets answer with the same. */
  public static int statusOf(PortalFailure failure) {
    return failure instanceof NotFound
        ? 404
        : failure instanceof Conflict
            ? 409
            : failure instanceof TooManyRequests
                ? 429
                : failure instanceof InvalidInput ? 400 : 403;
  }

  /** The small JSON body of a typed failure: its message key and the English sentence. */
  public static Map<String, String> bodyOf(PortalFailure failure) {
    return Map.of("error", failure.messageKey(), "message", englishMessage(failure));
  }

  /** The API speaks English; pages say the same in the reader's language. */
  static String englishMessage(PortalFailure failure) {
    try {
      ResourceBundle english =
          ResourceBundle.getBundle("org.greenmine.platform.messages", Locale.ENGLISH);
      String pattern = english.getString(failure.messageKey());
      return new MessageFormat(pattern, Locale.ENGLISH)
          .format(PageMessages.said(english, failure.arguments()));
    } catch (MissingResourceException e) {
      return failure.messageKey();
    }
  }
}
