package org.greenmine.testing;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers the test database and {@link LocalSolrLifecycle} with Arquillian on the client side.
 */
public class LocalSolrExtension implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(TestDatabaseLifecycle.class);
    builder.observer(LocalSolrLifecycle.class);
  }
}
