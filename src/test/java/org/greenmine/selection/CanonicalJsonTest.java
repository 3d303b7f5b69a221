package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenmine.selection.control.CanonicalJson;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  @Test
  void keysAreSortedAndThereIsNoWhitespace() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", 1);
    value.put("a", List.of(true, false));
    value.put("c", null);
    value.put("d", Map.of("y", "x"));
    assertThat(CanonicalJson.write(value))
        .isEqualTo("{\"a\":[true,false],\"b\":1,\"c\":null,\"d\":{\"y\":\"x\"}}");
  }

  @Test
  void setsAreOrderFreeListsAreNot() {
    Set<String> one = new LinkedHashSet<>(List.of("e2", "e1", "e3"));
    Set<String> two = new LinkedHashSet<>(List.of("e3", "e2", "e1"));
    assertThat(CanonicalJson.write(one))
        .isEqualTo(CanonicalJson.write(two))
        .isEqualTo("[\"e1\",\"e2\",\"e3\"]");
    assertThat(CanonicalJson.write(List.of("e2", "e1")))
        .isNotEqualTo(CanonicalJson.write(List.of("e1", "e2")));
  }

  @Test
  void separatorsInsideValuesCannotForgeAnotherValue() {
    assertThat(CanonicalJson.write(List.of("a|b", "c")))
        .isNotEqualTo(CanonicalJson.write(List.of("a", "b|c")));
    assertThat(CanonicalJson.write(List.of("a\",\"b")))
        .isEqualTo("[\"a\\\",\\\"b\"]")
        .isNotEqualTo(CanonicalJson.write(List.of("a", "b")));
    assertThat(CanonicalJson.write(Map.of("k", "v\",\"k2\":\"w")))
        .isNotEqualTo(CanonicalJson.write(Map.of("k", "v", "k2", "w")));
  }

  @Test
  void stringsAreEscapedOneWay() {
    assertThat(CanonicalJson.write("tab\tnew\nquote\"back\\ctl\u0001 绿色矿山"))
        .isEqualTo("\"tab\\tnew\\nquote\\\"back\\\\ctl\\u0001 绿色矿山\"");
    // a lone surrogate has no UTF-8 form; it must not collapse into "?"
    assertThat(CanonicalJson.write("\uD800")).isEqualTo("\"\\ud800\"");
    assertThat(CanonicalJson.write("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
  }

  @Test
  void decimalsAreWrittenByValueDatesAsIso() {
    assertThat(CanonicalJson.write(new BigDecimal("8.50"))).isEqualTo("\"8.5\"");
    assertThat(CanonicalJson.write(new BigDecimal("1E+2"))).isEqualTo("\"100\"");
    assertThat(CanonicalJson.write(new BigDecimal("0.000"))).isEqualTo("\"0\"");
    assertThat(CanonicalJson.write(LocalDate.of(2025, 1, 5))).isEqualTo("\"2025-01-05\"");
    assertThat(CanonicalJson.write(Instant.parse("2025-01-05T08:00:00Z")))
        .isEqualTo("\"2025-01-05T08:00:00Z\"");
    assertThatThrownBy(() -> CanonicalJson.write(0.1)).isInstanceOf(IllegalArgumentException.class);
    Map<Object, Object> numericKey = new HashMap<>();
    numericKey.put(1, "x");
    assertThatThrownBy(() -> CanonicalJson.write(numericKey))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CanonicalJson.write(Arrays.asList(1L, null))).isEqualTo("[1,null]");
  }
}
