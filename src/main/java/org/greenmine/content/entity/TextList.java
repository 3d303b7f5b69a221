package org.greenmine.content.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of plain values stored in one column as {@code a; b; c}. */
@Converter
public class TextList implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join("; ", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return parse(column);
  }

  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
