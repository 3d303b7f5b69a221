package org.greenmine.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import org.junit.jupiter.api.Test;

class AuditLogActorTest {
  @Test
  void aLoggedInCallerIsNamedAndAnAnonymousOneIsThePublic() {
    Principal curator = () -> "curator-zj";
    assertThat(AuditLog.actorOf(curator)).isEqualTo("curator-zj");
    assertThat(AuditLog.actorOf(null)).isEqualTo(AuditLog.PUBLIC);
    assertThat(AuditLog.actorOf(() -> null)).isEqualTo(AuditLog.PUBLIC);
  }
}
