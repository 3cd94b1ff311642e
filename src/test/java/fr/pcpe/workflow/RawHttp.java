package fr.pcpe.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 GET written by hand: from a chosen loopback address (127.0.0.0/8 is all this machine's, so a test
 * can be 60 clients), with the request line exactly as given (a malformed "%" that HTTP clients would encode).
 */
public final class RawHttp {

  private RawHttp() {
  }

  /** The status, the headers and the body as one text. */
  public record Reply(int status, String text) {

    /** The value of a cookie the answer sets, or null. */
    public String cookie(String name) {
      Matcher cookie = Pattern.compile("(?im)^Set-Cookie: (" + Pattern.quote(name) + "=[^;\\r\\n]+)").matcher(text);
      return cookie.find() ? cookie.group(1) : null;
    }
  }

  public static Reply get(int port, String from, String pathAndQuery, Map<String, String> headers) {
    return exchange(port, from, "GET " + pathAndQuery, headers, null);
  }

  /** A form posted as a browser would ({@code application/x-www-form-urlencoded}); no client retries a 429. */
  public static Reply postForm(int port, String from, String path, Map<String, String> headers, String form) {
    return exchange(port, from, "POST " + path, headers, form);
  }

  private static Reply exchange(int port, String from, String requestLine, Map<String, String> headers, String form) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      StringBuilder request = new StringBuilder(requestLine)
          .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
      headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      if (form != null) {
        request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
            .append("\r\n");
      }
      socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(body);
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Reply(Integer.parseInt(answer.substring(9, 12)), answer);
    } catch (IOException unreachable) {
      throw new UncheckedIOException(unreachable);
    }
  }
}
