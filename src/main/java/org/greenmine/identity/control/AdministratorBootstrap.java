package org.greenmine.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;
import org.greenmine.platform.control.PortalSettings;

/**
 * There is no default password. When no administrator exists, one named {@code admin} is created
 * with the password from {@code greenmine.admin.password} (environment {@code
 * GREENMINE_ADMIN_PASSWORD}) or, without it, a random one written to {@code
 * <data>/admin-password.txt}, readable by its owner only.
 */
@ApplicationScoped
public class AdministratorBootstrap {
  public static final String USERNAME = "admin";
  public static final String PASSWORD_FILE = "admin-password.txt";
  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @PersistenceContext EntityManager em;
  @Inject PortalSettings settings;

  @Inject
  @ConfigProperty(name = "greenmine.admin.password")
  Optional<String> configuredPassword;

  @Transactional
  public void ensureAdministrator() {
    long admins =
        em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(this::randomPassword);
    PasswordPolicy.check(USERNAME, password.toCharArray());
    em.persist(
        new Account(
            USERNAME,
            "Administrator",
            AccountDirectory.HASHER.hash(password.toCharArray()),
            EnumSet.of(Role.ADMIN)));
    if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info("Administrator 'admin' created with the configured password");
    } else {
      Path file = writeOwnerOnly(settings.dataDir().resolve(PASSWORD_FILE), password);
      LOG.info(() -> "Administrator 'admin' created; its password is in " + file);
    }
  }

  private String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private static Path writeOwnerOnly(Path file, String password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator(), StandardOpenOption.WRITE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the administrator password file " + file, e);
    }
  }
}
