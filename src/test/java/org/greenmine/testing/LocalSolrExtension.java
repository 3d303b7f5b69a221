package org.greenmine.testing;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers the test database, {@link LocalSolrLifecycle} and {@link LocalMailLifecycle} with
 * Arquillian on the client side.
 */
public class LocalSolrExtension implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(TestDatabaseLifecycle.class);
    builder.observer(LocalSolrLifecycle.class);
    builder.observer(LocalMailLifecycle.class);
  }
}
