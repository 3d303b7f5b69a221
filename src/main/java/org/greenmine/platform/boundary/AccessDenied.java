package org.greenmine.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A service's role check refused the caller: 403 with a small JSON body, never a stack trace. */
@Provider
public class AccessDenied implements ExceptionMapper<EJBAccessException> {
  @Override
  public Response toResponse(EJBAccessException denied) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", "access.denied", "message", "Not allowed for this account."))
        .build();
  }
}
