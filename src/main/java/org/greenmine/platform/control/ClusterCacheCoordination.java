package org.greenmine.platform.control;

import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.coordination.CommandProcessor;
import org.eclipse.persistence.sessions.coordination.RemoteCommandManager;
import org.eclipse.persistence.sessions.coordination.TransportManager;

/**
 * When several portal instances share a database, each one's EclipseLink shared cache would keep
 * entities another instance has since changed. With {@code greenmine.cluster.enabled=true} every
 * commit is announced over Payara's Hazelcast, and the other instances drop their copies. A single
 * instance (the embedded run, the tests) runs without Hazelcast and needs none of it.
 *
 * <p>This is what the persistence unit properties {@code eclipselink.cache.coordination.protocol}
 * and {@code .channel} would do, chosen at start-up instead of fixed in persistence.xml.
 */
public class ClusterCacheCoordination implements SessionCustomizer {
  static final String ENABLED = "greenmine.cluster.enabled";
  private static final String PAYARA_TRANSPORT =
      "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";
  private static final Logger LOG = Logger.getLogger(ClusterCacheCoordination.class.getName());

  @Override
  public void customize(Session session) throws Exception {
    if (!Boolean.parseBoolean(PortalDataSource.systemOrEnvironment(ENABLED))) {
      return;
    }
    DatabaseSession database = (DatabaseSession) session;
    RemoteCommandManager commands = new RemoteCommandManager((CommandProcessor) database);
    // built the way EclipseLink builds a transport named in eclipselink.cache.coordination.protocol
    TransportManager transport =
        (TransportManager)
            Class.forName(PAYARA_TRANSPORT, true, session.getClass().getClassLoader())
                .getConstructor()
                .newInstance();
    transport.setRemoteCommandManager(commands);
    commands.setTransportManager(transport);
    commands.setChannel("greenmine");
    commands.setShouldPropagateAsynchronously(true);
    database.setCommandManager(commands);
    database.setShouldPropagateChanges(true);
    LOG.info("Shared cache coordinated across the cluster over Payara's Hazelcast");
  }
}
