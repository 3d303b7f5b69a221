package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one canonical text of a value that is hashed: JSON without whitespace, object keys sorted by
 * UTF-16 code units (as RFC 8785), strings escaped exactly one way, so different values never share
 * a text and equal values always do.
 *
 * <p>Accepted values: {@code null}, {@link String}, {@link Boolean}, integral numbers (written as
 * JSON numbers), {@link BigDecimal} (written as a string without trailing zeros, so {@code 8.50}
 * and {@code 8.5} are the same value), enums (their name), dates and instants (ISO-8601 text),
 * {@link Map} with string keys, {@link Set} (elements sorted by their canonical text: order does
 * not matter) and other collections (order kept: order matters). Floating-point numbers are refused
 * because their decimal text is not what anyone typed.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      appendString(out, text);
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      appendString(out, plain(decimal));
    } else if (value instanceof Enum<?> constant) {
      appendString(out, constant.name());
    } else if (value instanceof TemporalAccessor time) {
      appendString(out, time.toString());
    } else if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof Set<?> set) {
      List<String> elements = new ArrayList<>(set.size());
      for (Object element : set) {
        elements.add(write(element));
      }
      elements.sort(null);
      out.append('[').append(String.join(",", elements)).append(']');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object element : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        append(out, element);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("object keys must be strings: " + entry.getKey());
      }
      sorted.put(key, entry.getValue());
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(out, entry.getKey());
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  /** A decimal as plain text without trailing zeros: 8.50 → "8.5", 1E+2 → "100". */
  static String plain(BigDecimal decimal) {
    if (decimal.signum() == 0) {
      return "0";
    }
    return decimal.stripTrailingZeros().toPlainString();
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // a lone surrogate has no UTF-8 form; escaping it keeps it distinct from "?"
          boolean loneSurrogate =
              Character.isSurrogate(c)
                  && !(Character.isHighSurrogate(c)
                      && i + 1 < text.length()
                      && Character.isLowSurrogate(text.charAt(i + 1)))
                  && !(Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || loneSurrogate) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
