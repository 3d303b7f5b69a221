package org.greenmine.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Every integration test deploys the real, packaged WAR (what the run command deploys) plus its own
 * classes; nothing of the application is assembled by hand.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive portal(Class<?>... testClasses) {
    File war = new File(System.getProperty("greenmine.war", "target/greenmine.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(testClasses)
        .addClasses(TestSettings.class, PortalHttp.class, LocalUrl.class, UniqueWords.class);
  }
}
