package org.greenmine.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's own configuration keys (MicroProfile Config), with defaults for the embedded run.
 */
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "greenmine.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "greenmine.content.dir", defaultValue = "content")
  String contentDir;

  @Inject
  @ConfigProperty(name = "greenmine.cookie.secure", defaultValue = "false")
  boolean secureCookies;

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath();
  }

  public Path contentDir() {
    return Path.of(contentDir).toAbsolutePath();
  }

  public boolean secureCookies() {
    return secureCookies;
  }
}
