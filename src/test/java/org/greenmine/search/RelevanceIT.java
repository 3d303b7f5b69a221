package org.greenmine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.IndexSync;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checked-in judgement set ({@code search/relevance.tsv}): for each query over the seed
 * content, the items that must be among the first three results. Relevance cannot silently regress.
 */
@ExtendWith(ArquillianExtension.class)
class RelevanceIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal(RelevanceIT.class);
  }

  @ArquillianResource URL base;

  record Judgement(String query, List<String> expected, String note) {
    boolean isTypo() {
      return note.contains("#typo");
    }
  }

  static List<Judgement> judgements() throws Exception {
    List<Judgement> judgements = new ArrayList<>();
    try (var lines =
        new BufferedReader(
            new InputStreamReader(
                RelevanceIT.class.getResourceAsStream("/search/relevance.tsv"),
                StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] columns = line.split("\t");
        judgements.add(
            new Judgement(
                columns[0],
                Arrays.asList(columns[1].trim().split(" ")),
                columns.length > 2 ? columns[2] : ""));
      }
    }
    return judgements;
  }

  @Test
  void everyJudgedQueryFindsItsItemsInTheTopThree() throws Exception {
    List<Judgement> judgements = judgements();
    assertTrue(judgements.size() >= 30, "at least 30 judged queries: " + judgements.size());
    PortalHttp http = new PortalHttp(LocalUrl.of(base));
    IndexSync.awaitIndexMatchesDatabase(http.base());

    List<String> failures = new ArrayList<>();
    for (Judgement judgement : judgements) {
      JsonNode answer =
          JSON.readTree(
              http.get(
                      "api/search?size=3&q="
                          + URLEncoder.encode(judgement.query(), StandardCharsets.UTF_8))
                  .body());
      if (judgement.isTypo()) {
        String suggestion = answer.path("suggestion").asText("");
        if (!suggestion.contains(judgement.expected().get(0))) {
          failures.add(judgement.query() + " → suggestion '" + suggestion + "'");
        }
        continue;
      }
      List<String> top = new ArrayList<>();
      answer.get("results").forEach(r -> top.add(r.get("url").asText()));
      if (!top.containsAll(judgement.expected())) {
        failures.add(judgement.query() + " → " + top + ", expected " + judgement.expected());
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + judgements.size() + " failed");
  }
}
