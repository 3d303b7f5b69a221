package org.greenmine.standards.control;

import java.util.List;
import java.util.ResourceBundle;
import org.greenmine.standards.entity.StandardComment;

/**
 * The comment-resolution table an association files with a standard: clause, comment, proposer,
 * disposition, reason. Written as CSV (with a byte-order mark so that spreadsheet programs read the
 * Chinese correctly), in the reader's language.
 */
public final class ResolutionTable {
  private ResolutionTable() {}

  public static String csv(List<StandardComment> comments, ResourceBundle texts) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(
        out,
        texts.getString("comment.clause"),
        texts.getString("comment.type"),
        texts.getString("comment.text"),
        texts.getString("comment.proposedChange"),
        texts.getString("comment.proposer"),
        texts.getString("comment.disposition"),
        texts.getString("comment.reason"));
    for (StandardComment c : comments) {
      row(
          out,
          c.getClause(),
          texts.getString("comment.type." + c.getType()),
          c.getText(),
          c.getProposedChange(),
          c.getAuthorOrganisation() == null ? c.getAuthor() : c.getAuthorOrganisation(),
          c.getDisposition() == null
              ? ""
              : texts.getString("comment.disposition." + c.getDisposition()),
          c.getReason());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String safe = formulaLike ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
