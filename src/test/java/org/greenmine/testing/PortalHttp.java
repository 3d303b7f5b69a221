package org.greenmine.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, does not follow redirects on its
 * own, and can submit a JSF form with its view state as a browser would.
 */
public final class PortalHttp {
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /** A PrimeFaces select menu's hidden native select, whose value a browser always submits. */
  private static final Pattern SELECT_MENU =
      Pattern.compile("<select[^>]*\\bname=\"([^\"]+_input)\"[^>]*>(.*?)</select>", Pattern.DOTALL);

  private static final Pattern OPTION =
      Pattern.compile("<option[^>]*\\bvalue=\"([^\"]*)\"([^>]*)>");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies;
  private final HttpClient client;
  private String language = "en";

  public PortalHttp(URI base) {
    this(base, new CookieManager());
  }

  private PortalHttp(URI base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            // the JDK client's default is to upgrade to HTTP/2 (h2c); on Payara's listener that
            // upgrade dropped a connection under load ("EOF reached while reading")
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The same browser (same cookies, so the same session) talking to another portal instance. */
  public PortalHttp at(URI otherInstance) {
    return new PortalHttp(otherInstance, cookies).language(language);
  }

  /**
   * Every request gives up after two minutes: a hung server fails the test instead of the build.
   */
  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofMinutes(2));
  }

  /** The portal's address this client talks to. */
  public URI base() {
    return base;
  }

  public PortalHttp language(String acceptLanguage) {
    this.language = acceptLanguage;
    return this;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(base.resolve(path));
  }

  /**
   * Sends the path exactly as written after the portal's own host and port (no URI resolution), for
   * tests of odd request lines such as {@code //other.example/x}: the request still goes to the
   * portal.
   */
  public HttpResponse<String> getRaw(String pathAndQuery) throws IOException, InterruptedException {
    return send(URI.create(base.getScheme() + "://" + base.getRawAuthority() + pathAndQuery));
  }

  /** Follows a redirect of the last response once, as a browser would. */
  public HttpResponse<String> follow(HttpResponse<String> response)
      throws IOException, InterruptedException {
    String location = response.headers().firstValue("Location").orElse(null);
    if (response.statusCode() / 100 != 3 || location == null) {
      return response;
    }
    URI target = response.uri().resolve(location);
    if (!target.getRawAuthority().equals(base.getRawAuthority())) {
      throw new IllegalStateException("redirect leaves the portal: " + target);
    }
    return send(target);
  }

  private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
    return client.send(
        request(uri).header("Accept-Language", language).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Loads the page, then posts the named form with these fields and its own hidden ones. */
  public HttpResponse<String> submit(
      String path, String formId, String button, Map<String, String> fields)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    fields.forEach((k, v) -> form.put(formId + ":" + k, v));
    form.put(formId + ":" + button, "");
    form.putAll(hiddenFields(page, path));
    return post(path, form);
  }

  /**
   * The selected value of every select menu in the form, as a browser sends it with the form (a
   * menu left out of a post reads as "nothing selected" on the server).
   */
  private static Map<String, String> selectedValues(HttpResponse<String> page, String formId) {
    Map<String, String> selected = new LinkedHashMap<>();
    Matcher menu = SELECT_MENU.matcher(page.body());
    while (menu.find()) {
      if (!menu.group(1).startsWith(formId + ":")) {
        continue;
      }
      Matcher option = OPTION.matcher(menu.group(2));
      String value = null;
      while (option.find()) {
        if (value == null || option.group(2).contains("selected")) {
          value = option.group(1).replace("&amp;", "&");
        }
        if (option.group(2).contains("selected")) {
          break;
        }
      }
      if (value != null) {
        selected.put(menu.group(1), value);
      }
    }
    return selected;
  }

  /**
   * The view state of the page (the CSRF token) and the PrimeFaces CSP nonce, which its script adds
   * to every postback in a browser.
   */
  private Map<String, String> hiddenFields(HttpResponse<String> page, String path)
      throws IOException, InterruptedException {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException(
          "no view state on " + path + ": " + page.statusCode() + whoAmI());
    }
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put("jakarta.faces.ViewState", state.group(1));
    Matcher nonce = CSP_NONCE.matcher(page.body());
    if (nonce.find()) {
      hidden.put("primefaces.nonce", nonce.group(1));
    }
    return hidden;
  }

  /**
   * Loads the page, then presses a PrimeFaces ajax button as the browser's script would: a partial
   * request that processes the whole form. Returns the partial response (XML with the updated
   * HTML).
   */
  public HttpResponse<String> ajax(
      String path, String formId, String button, Map<String, String> fields)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    return ajaxOn(page, path, formId, button, fields);
  }

  /** As {@link #ajax}, on a page already loaded (its view state and nonce are reused). */
  public HttpResponse<String> ajaxOn(
      HttpResponse<String> page,
      String path,
      String formId,
      String button,
      Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", formId + ":" + button);
    form.put("jakarta.faces.partial.execute", "@all");
    form.put("jakarta.faces.partial.render", formId);
    form.put(formId + ":" + button, formId + ":" + button);
    form.put(formId, formId);
    form.putAll(selectedValues(page, formId));
    fields.forEach((k, v) -> form.put(formId + ":" + k, v));
    form.putAll(hiddenFields(page, path));
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        request(page.uri())
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Loads the page and submits the form with one file, as multipart/form-data. */
  public HttpResponse<String> upload(
      String path, String formId, String button, String fileField, String fileName, byte[] content)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    fields.put(formId + ":" + button, "");
    fields.putAll(hiddenFields(page, path));
    String boundary = "----greenmine" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (var field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + formId
                + ":"
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        request(page.uri())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        request(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a JSON body (an API call), with this client's session. */
  public HttpResponse<String> postJson(String path, String json)
      throws IOException, InterruptedException {
    return client.send(
        request(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    return submit("login", "login", "submit", Map.of("username", username, "password", password));
  }

  /** For failure messages: who the portal thinks this client is, by the header's account link. */
  private String whoAmI() throws IOException, InterruptedException {
    String home = get("").body();
    Matcher account = Pattern.compile("id=\"accountLink\"[^>]*>([^<]*)<").matcher(home);
    return account.find()
        ? " (logged in as " + account.group(1) + ", session " + sessionId() + ")"
        : " (not logged in)";
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
