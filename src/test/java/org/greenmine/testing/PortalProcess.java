package org.greenmine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenmine.launcher.EmbeddedPortal;

/**
 * Payara Micro with the portal as a child process, started the way the run command starts it (same
 * heap, same system properties) but with the caller's own database, data folder, port and Payara
 * options (the benchmark runs one instance without clustering, the cluster test two with).
 */
public final class PortalProcess implements AutoCloseable {
  private final Process process;
  private final Path log;
  public final String baseUrl;

  private PortalProcess(Process process, Path log, String baseUrl) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  public static PortalProcess start(
      Path war,
      Path micro,
      Path work,
      Path content,
      String dbUrl,
      String solrUrl,
      String adminPassword,
      int port,
      List<String> extraJvmOptions,
      List<String> payaraOptions)
      throws IOException {
    Path root = work.resolve("payara-root");
    deleteTree(root);
    Path log = work.resolve("logs").resolve("payara.log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Dgreenmine.db.url=" + dbUrl);
    command.add("-Dgreenmine.solr.url=" + solrUrl);
    command.add("-Dgreenmine.data.dir=" + work.resolve("data"));
    command.add("-Dgreenmine.content.dir=" + content);
    command.add("-Dgreenmine.admin.password=" + adminPassword);
    command.addAll(extraJvmOptions);
    command.addAll(
        List.of(
            "-jar",
            micro.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--rootdir",
            root.toString()));
    command.addAll(payaraOptions);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    return new PortalProcess(process, log, "http://127.0.0.1:" + port + "/");
  }

  /** Waits for a real page (a failed deployment answers 404 for ever); false if it never comes. */
  public boolean awaitReady(Duration limit) throws InterruptedException {
    return EmbeddedPortal.awaitPage(baseUrl, process, log, limit);
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public Path log() {
    return log;
  }

  public List<String> tail(int lines) {
    return EmbeddedPortal.tail(log, lines);
  }

  /** Dies at once, as a crashed machine would: no shutdown hooks, no leaving the cluster. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
