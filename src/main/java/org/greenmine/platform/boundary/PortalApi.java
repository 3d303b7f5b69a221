package org.greenmine.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.greenmine.alerts.boundary.AlertsApi;
import org.greenmine.concerns.boundary.ConcernsApi;
import org.greenmine.content.boundary.KnowledgeApi;
import org.greenmine.jobs.boundary.JobsApi;
import org.greenmine.notify.boundary.MailApi;
import org.greenmine.search.boundary.IndexApi;
import org.greenmine.selection.boundary.RedListApi;
import org.greenmine.selection.boundary.SelectionApi;

/**
 * The JSON API at {@code /api}. The resource classes are listed here so that Jersey does not scan
 * the SolrJ jars' own {@code @Path} interfaces. {@code /api/search} is a plain servlet ({@link
 * org.greenmine.search.boundary.SearchApi}), documented in {@code META-INF/openapi.yaml}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "GreenMine Portal API",
            version = "1",
            description =
                "Published group standards, green technologies, case studies and news, and search"
                    + " over them."))
public class PortalApi extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        KnowledgeApi.class,
        IndexApi.class,
        JobsApi.class,
        ConcernsApi.class,
        SelectionApi.class,
        RedListApi.class,
        ClockApi.class,
        MailApi.class,
        AlertsApi.class,
        ApiFailures.class,
        AccessDenied.class);
  }
}
