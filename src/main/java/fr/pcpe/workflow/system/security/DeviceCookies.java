package fr.pcpe.workflow.system.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;

/**
 * OWASP's device cookies: a browser or API client that logged in as a user gets a signed cookie naming that
 * user, so that its next logins as them are counted apart from everybody else's failures (LoginThrottle). The
 * signing key is the database's (an engine property made at the first use), so every node accepts every
 * node's cookies.
 */
final class DeviceCookies {

  static final String NAME = "pcpe_device";
  static final String KEY_PROPERTY = "pcpe.login.device-key";

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();
  private final ManagementService management;
  private final Duration validity;
  private final Clock clock;
  private volatile byte[] key;

  DeviceCookies(ManagementService management, Duration validity, Clock clock) {
    this.management = management;
    this.validity = validity;
    this.clock = clock;
  }

  /** The header that gives this client a device cookie for the user. */
  String setCookie(String userId, boolean secure) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String payload = BASE64.encodeToString(userId.getBytes(StandardCharsets.UTF_8)) + "."
        + clock.instant().plus(validity).getEpochSecond() + "." + BASE64.encodeToString(nonce);
    return NAME + "=" + payload + "." + sign(payload) + "; Max-Age=" + validity.toSeconds()
        + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  /** The device's own id when the cookie is one of ours, unexpired, for this user; null otherwise. */
  String deviceOf(String cookie, String userId) {
    String[] parts = cookie == null ? new String[0] : cookie.split("\\.");
    if (parts.length != 4 || userId == null) {
      return null;
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    try {
      boolean valid = MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
          parts[3].getBytes(StandardCharsets.US_ASCII))
          && parts[0].equals(BASE64.encodeToString(userId.getBytes(StandardCharsets.UTF_8)))
          && Long.parseLong(parts[1]) > clock.instant().getEpochSecond();
      return valid ? parts[2] : null;
    } catch (NumberFormatException malformed) {
      return null;
    }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private byte[] key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          String stored = management.getProperties().get(KEY_PROPERTY);
          if (stored == null) {
            byte[] made = new byte[32];
            random.nextBytes(made);
            stored = BASE64.encodeToString(made);
            management.setProperty(KEY_PROPERTY, stored);
          }
          key = Base64.getUrlDecoder().decode(stored);
        }
      }
    }
    return key;
  }
}
