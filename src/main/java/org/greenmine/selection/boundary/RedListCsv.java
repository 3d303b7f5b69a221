package org.greenmine.selection.boundary;

import java.util.List;
import org.greenmine.platform.control.CsvTable;
import org.greenmine.selection.entity.RedListEntry;

/** The red list as a CSV file with a header row. */
final class RedListCsv {
  private RedListCsv() {}

  static String of(List<RedListEntry> entries) {
    CsvTable csv =
        new CsvTable()
            .row(
                "certificate_no",
                "mine",
                "enterprise",
                "credit_code",
                "province",
                "mineral",
                "year",
                "status",
                "status_since",
                "reason");
    for (RedListEntry e : entries) {
      csv.row(
          e.getCertificateNo(),
          e.getMineName(),
          e.getEnterprise(),
          e.getCreditCode(),
          e.getProvinceCode(),
          e.getMineral(),
          e.getYear(),
          e.getStatus().name(),
          e.getStatusSince(),
          e.getStatusReason());
    }
    return csv.toString();
  }
}
