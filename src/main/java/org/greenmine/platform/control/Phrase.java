package org.greenmine.platform.control;

import java.io.Serializable;

/**
 * A message argument that is itself a bundle key, so that a field's name in a refusal is said in
 * the reader's language too ("缺少：类别" rather than "缺少：category").
 */
public record Phrase(String key) implements Serializable {}
