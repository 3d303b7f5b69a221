package org.greenmine.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command lands here (through {@code ./mvnw -Prun}): start a local Solr node, then
 * Payara Micro with the portal as a child process, wait for a real page, print the URL. Ctrl-C (or
 * Maven dying) stops Payara, then Solr; nothing is left running.
 */
public final class EmbeddedPortal {
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path war = Path.of(options.get("war"));
    Path micro = Path.of(options.get("micro"));
    Path configset = Path.of(options.get("configset"));
    Path content = Path.of(options.get("content")).toAbsolutePath();
    Path data = Path.of(options.get("data")).toAbsolutePath();
    int port = Integer.parseInt(options.get("port"));
    int solrPort = Integer.parseInt(options.get("solr-port"));

    refuseBusyPort(port, "greenmine.port", "the portal");
    refuseBusyPort(solrPort, "greenmine.solr.port", "Solr");
    Files.createDirectories(data.resolve("logs"));

    long started = System.nanoTime();
    say("Starting Solr on port " + solrPort + " (index in " + data.resolve("solr") + ") ...");
    LocalSolr solr = LocalSolr.start(data.resolve("solr"), configset, solrPort);
    say("Solr is up at " + solr.baseUrl());

    Path payaraLog = data.resolve("logs").resolve("payara.log");
    // Payara Micro redeploys whatever an earlier run left in its root folder: start from a clean
    // one
    Path payaraRoot = war.getParent().resolve("payara-root");
    deleteTree(payaraRoot);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    // a generous lock wait: ballots and audit entries queue on row locks at busy moments
    command.add(
        "-Dgreenmine.db.url=jdbc:h2:file:"
            + data.resolve("db").resolve("greenmine")
            + ";LOCK_TIMEOUT=20000");
    command.add("-Dgreenmine.solr.url=" + solr.baseUrl());
    command.add("-Dgreenmine.data.dir=" + data);
    command.add("-Dgreenmine.content.dir=" + content);
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
            "--nocluster",
            "--rootdir",
            payaraRoot.toString()));
    say("Starting Payara Micro on port " + port + " (log: " + payaraLog + ") ...");
    Process payara =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(payaraLog.toFile()))
            .start();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  say("Stopping Payara Micro and Solr ...");
                  stop(payara);
                  try {
                    solr.close();
                  } catch (Exception e) {
                    System.err.println("Solr did not stop cleanly: " + e);
                  }
                  say("Stopped.");
                }));
    watchParent();

    String url = "http://localhost:" + (port == 80 ? "" : port) + "/";
    if (!awaitPage(url, payara, payaraLog, START_LIMIT)) {
      say("The portal did not start. Last lines of " + payaraLog + ":");
      tail(payaraLog, 40).forEach(System.out::println);
      System.exit(1);
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    say("");
    say("GreenMine Portal is running at " + url + "  (ready in " + seconds + " s)");
    Path passwordFile = data.resolve("admin-password.txt");
    if (Files.exists(passwordFile)) {
      say("Administrator: user 'admin', password in " + passwordFile + " (readable by you only)");
    } else {
      say("Administrator: user 'admin' with the password from GREENMINE_ADMIN_PASSWORD");
    }
    say("Health: " + url + "health/ready    Press Ctrl-C to stop.");
    int exit = payara.waitFor();
    say("Payara Micro exited with status " + exit);
    System.exit(exit == 0 ? 0 : 1);
  }

  private static void refuseBusyPort(int port, String property, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      // connections of a portal just stopped may linger in TIME_WAIT; only a live listener counts
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
    } catch (IOException e) {
      say(
          "Port "
              + port
              + " is already in use, so "
              + what
              + " cannot start there. Stop whatever uses it, or choose another port: ./mvnw -Prun -D"
              + property
              + "=<port>");
      System.exit(2);
    }
  }

  /**
   * Waits for a real page from a Payara child process (a failed deployment answers 404 for ever);
   * false when it dies or the page never comes. The benchmark starts its portal the same way.
   */
  public static boolean awaitPage(String url, Process payara, Path payaraLog, Duration limit)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    int notFoundAfterReady = 0;
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        return false;
      }
      boolean microReady = tail(payaraLog, 200).stream().anyMatch(l -> l.contains("ready in"));
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        // Payara answers 404 when the deployment failed: only a real page counts
        if (response.statusCode() == 200) {
          return true;
        }
        // Payara says "ready" even when the deployment failed; then it serves 404 for ever
        if (microReady && ++notFoundAfterReady > 15) {
          return false;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static void stop(Process process) {
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

  /** If Maven is killed without a signal reaching us, do not live on as an orphan. */
  private static void watchParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent -> {
              Thread watchdog =
                  new Thread(
                      () -> {
                        parent.onExit().join();
                        say("The parent process ended; shutting down.");
                        System.exit(0);
                      },
                      "parent-watchdog");
              watchdog.setDaemon(true);
              watchdog.start();
            });
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The last lines of a log file, for messages when something failed. */
  public static List<String> tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file);
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    for (String required :
        List.of("war", "micro", "configset", "content", "data", "port", "solr-port")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required + "=...");
      }
    }
    return options;
  }

  private static void say(String line) {
    System.out.println("[greenmine] " + line);
    System.out.flush();
  }
}
