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
    return bodyOf(failure.messageKey(), failure.arguments());
  }

  /** The same body for a failure that is not thrown as a {@link PortalFailure}. */
  public static Map<String, String> bodyOf(String messageKey, Object... arguments) {
    return Map.of("error", messageKey, "message", englishMessage(messageKey, arguments));
  }

  /** The API speaks English; pages say the same in the reader's language. */
  private static String englishMessage(String messageKey, Object... arguments) {
    try {
      ResourceBundle english = PageMessages.englishBundle();
      String pattern = english.getString(messageKey);
      return new MessageFormat(pattern, Locale.ENGLISH)
          .format(PageMessages.said(english, arguments));
    } catch (MissingResourceException e) {
      return messageKey;
    }
  }
}
