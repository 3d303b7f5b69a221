package org.greenmine.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.audit.control.AuditVerification;
import org.greenmine.audit.control.ChainReport;
import org.greenmine.audit.entity.AuditEvent;

/** What an administrator may do with the audit log; the role is checked here, on the server. */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditAdministration {
  @Inject AuditLog log;
  @Inject AuditVerification verification;

  public List<AuditEvent> newest(int first, int max) {
    return log.newest(first, max);
  }

  public long count() {
    return log.count();
  }

  public ChainReport verify() {
    return verification.verify();
  }
}
