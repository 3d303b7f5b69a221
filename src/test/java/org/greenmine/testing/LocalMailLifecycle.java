package org.greenmine.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Before Arquillian starts Payara, starts a real SMTP server (GreenMail) in the test JVM on a free
 * loopback port and points every container's portal at it ({@code greenmine.mail.mode=smtp}). Tests
 * read what arrived here, and may stop and start the server on the same port for an outage.
 */
public class LocalMailLifecycle {
  private static GreenMail mail;
  private static int port;

  @Inject Instance<ContainerRegistry> registry;

  public void startMailServer(@Observes(precedence = 100) BeforeSuite event) throws Exception {
    port = freePort();
    startAgain();
    String options =
        " -Dgreenmine.mail.mode=smtp -Dgreenmine.mail.smtp.host=127.0.0.1"
            + " -Dgreenmine.mail.smtp.port="
            + port
            + " -Dgreenmine.mail.from=portal@greenmine.test";
    for (Container container : registry.get().getContainers()) {
      var definition = container.getContainerConfiguration();
      String existing = definition.getContainerProperties().getOrDefault("cmdOptions", "");
      definition.property("cmdOptions", existing + options);
    }
  }

  public void stopMailServer(@Observes(precedence = -100) AfterSuite event) {
    takeMailDown();
  }

  /** An outage: the server stops listening; what it received so far is forgotten. */
  public static synchronized void takeMailDown() {
    if (mail != null) {
      mail.stop();
      mail = null;
    }
  }

  /** The server listens again on the same port (after {@link #takeMailDown}). */
  public static synchronized void startAgain() {
    if (mail == null) {
      ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      smtp.setServerStartupTimeout(10_000);
      mail = new GreenMail(smtp);
      mail.start();
    }
  }

  /** Every mail received (since the server last started) for this address. */
  public static synchronized List<MimeMessage> receivedBy(String address) {
    if (mail == null) {
      return List.of();
    }
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return String.valueOf(Arrays.toString(message.getAllRecipients()));
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
