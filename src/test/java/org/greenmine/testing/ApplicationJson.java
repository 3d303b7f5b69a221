package org.greenmine.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A valid application for the seed campaign, as a member's client sends it: the mine, a checked
 * credit code, the prerequisites met, and one point with evidence for every criterion item.
 */
public final class ApplicationJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApplicationJson() {}

  public static ObjectNode of(
      String mineName,
      String enterprise,
      String creditCode,
      String regionCode,
      String licenceNumber,
      List<String> items) {
    ObjectNode a = JSON.createObjectNode();
    a.put("mineName", mineName);
    a.put("enterprise", enterprise);
    a.put("creditCode", creditCode);
    a.put("regionCode", regionCode);
    a.put("mineral", "gold");
    a.put("miningMethod", "UNDERGROUND");
    a.put("scale", "MEDIUM");
    a.put("licenceNumber", licenceNumber);
    a.put("licenceValidUntil", "2035-12-31");
    a.put("onAbnormalList", false);
    a.put("reserveYears", 12);
    a.put("protectedAreaOverlap", false);
    ObjectNode scores = a.putObject("scores");
    ObjectNode evidence = a.putObject("evidence");
    for (String item : items) {
      scores.put(item, 1);
      evidence.put(item, "监测报告第 " + item + " 节");
    }
    return a;
  }
}
