package org.greenmine.standards.control;

import java.util.List;
import java.util.ResourceBundle;
import org.greenmine.platform.control.CsvTable;
import org.greenmine.standards.entity.StandardComment;

/**
 * The comment-resolution table an association files with a standard: clause, comment, proposer,
 * disposition, reason. Written as CSV (with a byte-order mark so that spreadsheet programs read the
 * Chinese correctly), in the reader's language.
 */
public final class ResolutionTable {
  private ResolutionTable() {}

  public static String csv(List<StandardComment> comments, ResourceBundle texts) {
    CsvTable out = new CsvTable();
    out.row(
        texts.getString("comment.clause"),
        texts.getString("comment.type"),
        texts.getString("comment.text"),
        texts.getString("comment.proposedChange"),
        texts.getString("comment.proposer"),
        texts.getString("comment.disposition"),
        texts.getString("comment.reason"));
    for (StandardComment c : comments) {
      out.row(
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
}
