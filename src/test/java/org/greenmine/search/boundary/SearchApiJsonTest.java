package org.greenmine.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search API writes its answers with JSON-P's generator; they must be, byte for byte, what
 * JSON-B (Yasson, the version Payara ships) made of the same records before.
 */
class SearchApiJsonTest {
  private static final String SPECIAL = "\"\\/<>&'\u2028\u007f";
  private static Jsonb jsonb;
  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  @BeforeAll
  static void jsonb() {
    jsonb = JsonbBuilder.create();
  }

  @AfterAll
  static void close() throws Exception {
    jsonb.close();
  }

  @Test
  void aTypicalAnswer() {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    facets.put("kind", new LinkedHashMap<>(Map.of("technology", 224L)));
    facets.get("kind").put("case", 216L);
    facets.put("province", new LinkedHashMap<>(Map.of("150000", 74L)));
    List<SearchApi.Result> results =
        List.of(
            new SearchApi.Result(
                "technology-42",
                "technology",
                "尾矿浓缩压滤干排干堆技术",
                "Tailings thickening, filtration and dry stacking",
                "/technologies/tailings-dry-stacking",
                "细粒级含量高的<mark>尾</mark><mark>矿</mark>需通过过滤试验\n确定 \"设备\" & 助滤剂",
                "SDMA",
                Instant.parse("2026-11-28T19:02:38.037Z")),
            new SearchApi.Result(
                "case-61",
                "case",
                "招远金河金矿",
                "",
                "/cases/zhaoyuan",
                "",
                null,
                Instant.parse("2022-03-04T13:57:31Z")),
            new SearchApi.Result(null, null, "", "", "/", null, null, null));
    assertSame(new SearchApi.Results(442, 0, 10, results, facets, null));
    assertSame(new SearchApi.Results(0, 3, 50, List.of(), Map.of(), "tailings dry"));
  }

  @Test
  void suggestions() {
    assertSameSuggestions(List.of());
    assertSameSuggestions(
        List.of(
            new SearchApi.Suggestion("尾矿", "term", null),
            new SearchApi.Suggestion("尾矿库 \"x\"", "technology", "/technologies/a\\b")));
  }

  @Test
  void anyText() {
    Random random = new Random(20260);
    for (int round = 0; round < 300; round++) {
      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      for (int f = random.nextInt(4); f > 0; f--) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int v = random.nextInt(5); v > 0; v--) {
          counts.put(text(random), random.nextLong());
        }
        facets.put(text(random), counts);
      }
      List<SearchApi.Result> results = new ArrayList<>();
      for (int r = random.nextInt(5); r > 0; r--) {
        results.add(
            new SearchApi.Result(
                maybe(random),
                maybe(random),
                text(random),
                text(random),
                maybe(random),
                maybe(random),
                maybe(random),
                random.nextBoolean()
                    ? null
                    : Instant.ofEpochSecond(
                        random.nextInt(2_000_000_000),
                        random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))));
      }
      assertSame(
          new SearchApi.Results(
              random.nextLong(),
              random.nextInt(101),
              1 + random.nextInt(50),
              results,
              facets,
              maybe(random)));
      List<SearchApi.Suggestion> suggestions = new ArrayList<>();
      for (int s = random.nextInt(4); s > 0; s--) {
        suggestions.add(new SearchApi.Suggestion(maybe(random), maybe(random), maybe(random)));
      }
      assertSameSuggestions(suggestions);
    }
  }

  private static String maybe(Random random) {
    return random.nextInt(4) == 0 ? null : text(random);
  }

  /** Short text from ASCII, control characters, CJK, the private-use marks, surrogate pairs. */
  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      switch (random.nextInt(7)) {
        case 0 -> text.append((char) random.nextInt(0x20));
        case 1 -> text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        case 2 -> text.append((char) (0x4e00 + random.nextInt(0x5000)));
        case 3 -> text.append(random.nextBoolean() ? '\uE000' : '\uE001');
        case 4 -> text.appendCodePoint(0x1F300 + random.nextInt(0x100));
        default -> text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }

  private static void assertSame(SearchApi.Results results) {
    assertThat(generated(out -> SearchApi.writeResults(out, results))).isEqualTo(mapped(results));
  }

  private static void assertSameSuggestions(List<SearchApi.Suggestion> suggestions) {
    assertThat(generated(out -> SearchApi.writeSuggestions(out, suggestions)))
        .isEqualTo(mapped(suggestions));
  }

  private static String mapped(Object body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    jsonb.toJson(body, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String generated(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = GENERATORS.createGenerator(bytes, StandardCharsets.UTF_8)) {
      body.accept(generator);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
