package org.greenmine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;

/**
 * The suite shares one Solr between deployments, and each deployment starts with its own database:
 * client-side tests wait here until the index holds exactly this portal's published content.
 */
public final class IndexSync {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexSync() {}

  /** Asks for reconciles (as the administrator) until nothing differs and nothing waits. */
  public static void awaitIndexMatchesDatabase(URI portal) throws Exception {
    PortalHttp admin = new PortalHttp(portal);
    if (admin.login("admin", TestSettings.ADMIN_PASSWORD).statusCode() != 302) {
      throw new IllegalStateException("the test administrator cannot log in");
    }
    for (int round = 0; round < 120; round++) {
      JsonNode found = JSON.readTree(admin.post("api/admin/index/reconcile", Map.of()).body());
      JsonNode state = JSON.readTree(admin.get("api/admin/index").body());
      int differences =
          found.get("missing").asInt() + found.get("stale").asInt() + found.get("extra").asInt();
      if (differences == 0 && state.at("/queue/pending").asLong() == 0) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the index never matched the database");
  }
}
