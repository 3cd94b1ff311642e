package fr.pcpe.workflow;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON calls to the application as a test user, the way a structure's tools or Tasklist call it. */
public final class TestHttp {

  private TestHttp() {
  }

  public static ResponseEntity<String> postJson(TestRestTemplate http, String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, TestUsers.PASSWORD).postForEntity(path, new HttpEntity<>(json, headers), String.class);
  }
}
