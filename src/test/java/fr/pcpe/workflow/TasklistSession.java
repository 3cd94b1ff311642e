package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A user logged in to Tasklist as the browser does (session cookie and CSRF token), calling the engine
 * API that Tasklist itself calls: {@code /camunda/api/engine/engine/default/...}.
 */
public final class TasklistSession {

  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private final TestRestTemplate http;
  private final String sessionId;
  private final String csrf;

  private TasklistSession(TestRestTemplate http, String sessionId, String csrf) {
    this.http = http;
    this.sessionId = sessionId;
    this.csrf = csrf;
  }

  public static TasklistSession login(TestRestTemplate http, String user) {
    return login(http, user, TestUsers.PASSWORD);
  }

  public static TasklistSession login(TestRestTemplate http, String user, String password) {
    ResponseEntity<String> login = tryLogin(http, user, password);
    assertThat(login.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
    String session = login.getHeaders().getFirst("X-Session");
    // the session changed at login: its CSRF token comes with the next read, as in the browser
    HttpHeaders cookies = new HttpHeaders();
    cookies.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + login.getHeaders().getFirst("X-Csrf"));
    ResponseEntity<String> profile = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(cookies), String.class);
    String csrf = profile.getHeaders().getFirst("X-XSRF-TOKEN");
    return new TasklistSession(http, session, csrf != null ? csrf : login.getHeaders().getFirst("X-Csrf"));
  }

  /**
   * Posts the login form; the answer carries the new session and CSRF token in the made-up headers
   * X-Session and X-Csrf (read from its cookies) for {@link #login}.
   */
  public static ResponseEntity<String> tryLogin(TestRestTemplate http, String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrf = cookie(page.getHeaders(), "XSRF-TOKEN");
    String session = cookie(page.getHeaders(), "JSESSIONID");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", csrf);
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + session);
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", user);
    credentials.add("password", password);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(credentials, headers), String.class);
    HttpHeaders answer = new HttpHeaders();
    answer.addAll(login.getHeaders());
    String newSession = cookie(login.getHeaders(), "JSESSIONID");
    String newCsrf = cookie(login.getHeaders(), "XSRF-TOKEN");
    answer.set("X-Session", newSession != null ? newSession : session);
    answer.set("X-Csrf", newCsrf != null ? newCsrf : csrf);
    return new ResponseEntity<>(login.getBody(), answer, login.getStatusCode());
  }

  public ResponseEntity<String> get(String enginePath) {
    return http.exchange(ENGINE + enginePath, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  public ResponseEntity<String> post(String enginePath, String json) {
    return exchange(HttpMethod.POST, ENGINE + enginePath, json);
  }

  /** Any method, any path of the application (not only the engine's), with the session. */
  public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + sessionId + "; XSRF-TOKEN=" + csrf);
    headers.add("X-XSRF-TOKEN", csrf);
    return headers;
  }

  private static String cookie(HttpHeaders headers, String name) {
    List<String> cookies = headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1).split(";")[0])
        .findFirst().orElse(null);
  }
}
