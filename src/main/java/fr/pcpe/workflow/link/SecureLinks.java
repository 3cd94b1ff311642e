package fr.pcpe.workflow.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks links sent by email (OWASP: 256 random bits from a CSPRNG, only the hash stored,
 * bound to one purpose and subject, expiring, single use). Reading a link changes nothing; using it
 * marks it used in the caller's transaction, so that a refused action leaves it usable.
 */
@Service
public class SecureLinks {

  private static final int TOKEN_BYTES = 32;

  private final SecureLinkRepository links;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  SecureLinks(SecureLinkRepository links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  /** A new link's token, valid for {@code validity} (the token itself is never stored). */
  @Transactional(propagation = Propagation.MANDATORY)
  public String issue(SecureLink.Purpose purpose, String subject, Duration validity) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    links.save(new SecureLink(purpose, subject, hash(token), now, now.plus(validity)));
    return token;
  }

  /** What the token opens, whatever its state (unknown: empty); changes nothing. */
  @Transactional(readOnly = true)
  public Optional<SecureLink> find(SecureLink.Purpose purpose, String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return links.findByTokenHash(hash(token)).filter(link -> link.getPurpose() == purpose);
  }

  /** Whether the link may still be used: not used, not expired. */
  public boolean isOpen(SecureLink link) {
    return link.getUsedAt() == null && link.getExpiresAt().isAfter(clock.instant());
  }

  /** The link the token opens if it may still be used; otherwise why not. Changes nothing. */
  @Transactional(readOnly = true)
  public SecureLink open(SecureLink.Purpose purpose, String token) {
    SecureLink link = find(purpose, token).orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN));
    refuseIfUsed(link);
    if (!isOpen(link)) {
      throw new LinkRefused(purpose.expiredKey());
    }
    return link;
  }

  /** Refuses a link already used (its page says so). */
  public void refuseIfUsed(SecureLink link) {
    if (link.getUsedAt() != null) {
      throw new LinkRefused(link.getPurpose().usedKey());
    }
  }

  /** Uses the link in the caller's transaction; refused if it was used or expired meanwhile. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void useOnce(SecureLink link) {
    if (links.use(link.getId(), clock.instant()) != 1) {
      throw new LinkRefused(link.getPurpose().usedKey());
    }
  }

  /** No link still open for this subject works any more. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void expireAll(SecureLink.Purpose purpose, String subject) {
    links.expireAll(purpose, subject, clock.instant());
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
