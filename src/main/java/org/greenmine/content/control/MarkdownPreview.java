package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;

/** The editor's live preview: exactly the rendering and sanitizing that publishing uses. */
@ApplicationScoped
public class MarkdownPreview {
  public String toSafeHtml(String markdown) {
    if (markdown != null && markdown.length() > MarkdownRenderer.MAX_MARKDOWN_LENGTH) {
      return "";
    }
    return ContentEditor.RENDERER.toSafeHtml(markdown);
  }
}
