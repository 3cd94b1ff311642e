package fr.pcpe.workflow.mail;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.system.PcpeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues French emails written from the templates in messages/templates/ (first line "Subject: …",
 * then the body; {name} placeholders). Queuing joins the caller's transaction: the email exists if
 * and only if the step that wrote it committed. A second queuing with the same key does nothing.
 */
@Service
public class MailService {

  private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private static final String INSERT = "insert into mail_outbox"
      + " (dedup_key, recipient, subject, body, status, attempts, created_at)";

  /**
   * PostgreSQL: the unique key decides, with no plan to choose (an existence check planned while the outbox was
   * empty kept reading it whole: 10 ms an email at 200,000 emails), and a second transaction queuing the same
   * email at once waits for the first and inserts nothing instead of failing.
   */
  private static final String INSERT_UNLESS_QUEUED_POSTGRES = INSERT
      + " values (?, ?, ?, ?, ?, 0, cast(? as timestamp with time zone)) on conflict (dedup_key) do nothing";

  private static final String INSERT_UNLESS_QUEUED = INSERT
      + " select ?, ?, ?, ?, ?, 0, cast(? as timestamp with time zone)"
      + " where not exists (select 1 from mail_outbox where dedup_key = ?)";

  private final OutboxMailRepository outbox;
  private final JdbcTemplate jdbc;
  private final PcpeProperties properties;
  private final Clock clock;
  private final boolean postgres;

  MailService(OutboxMailRepository outbox, JdbcTemplate jdbc, PcpeProperties properties, Clock clock) {
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
    this.postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
        connection.getMetaData().getDatabaseProductName()));
  }

  /**
   * @param dedupKey what makes this email unique (e.g. "ORI-2026-00012:refused")
   * @param template a file name in messages/templates/, without ".txt"
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(String dedupKey, String recipient, String template, Map<String, Object> values) {
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    Map<String, Object> all = new HashMap<>(values);
    all.put("tasklistUrl", properties.publicUrl() + "/camunda/app/tasklist/");
    String text = fill(read(template), all);
    int newline = text.indexOf('\n');
    String subject = text.substring(0, newline).replaceFirst("^Subject:\\s*", "").strip();
    // one statement that inserts unless the key is there (every escalation and referral queues an email: a query
    // and an entity's insert cost more than the rest of the email, docs/adr/0009); the unique key stays the guard
    Object[] arguments = {dedupKey, recipient, subject, text.substring(newline + 1).strip(),
        OutboxMail.Status.PENDING.name(), clock.instant().atOffset(ZoneOffset.UTC), dedupKey};
    jdbc.update(postgres ? INSERT_UNLESS_QUEUED_POSTGRES : INSERT_UNLESS_QUEUED,
        postgres ? Arrays.copyOf(arguments, arguments.length - 1) : arguments);
  }

  /** The emails written to a person ({@code email}, may be null) or naming them ({@code fullName}), oldest first. */
  @Transactional(readOnly = true)
  public List<OutboxMail> about(String email, String fullName) {
    String named = "%" + fullName.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    // without an email, a recipient nobody has ("") matches nothing
    return outbox.findByRecipientIgnoreCaseOrBodyLikeOrSubjectLikeOrderByCreatedAt(email == null ? "" : email, named, named);
  }

  /** Deletes the emails written to a person or naming them, sent or not: nothing of them stays in the outbox. */
  @Transactional
  public int forget(String email, String fullName) {
    List<OutboxMail> mails = about(email, fullName);
    outbox.deleteAll(mails);
    return mails.size();
  }

  /** Whether an email with this key was queued already (sent or not). */
  @Transactional(readOnly = true)
  public boolean isQueued(String dedupKey) {
    return outbox.existsByDedupKey(dedupKey);
  }

  /** Mails queued with keys starting with the prefix (a referral's, a drive's). */
  @Transactional(readOnly = true)
  public List<OutboxMail> queuedFor(String keyPrefix) {
    return outbox.findByDedupKeyStartingWith(keyPrefix);
  }

  /** A template's text, read once (from the jar, a read per email cost as much as the email's SQL). */
  private static String read(String template) {
    return TEMPLATES.computeIfAbsent(template, name -> {
      try {
        return new String(new ClassPathResource("messages/templates/" + name + ".txt").getContentAsByteArray(),
            StandardCharsets.UTF_8);
      } catch (IOException missing) {
        throw new UncheckedIOException("No mail template " + name, missing);
      }
    });
  }

  /**
   * Fills the placeholders in one pass; a date is written the French way, whoever forgot to, and a missing value
   * as nothing. A placeholder with no value given fails: the email is not queued with "{name}" in its text.
   */
  static String fill(String text, Map<String, Object> values) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder result = new StringBuilder(text.length() + 64);
    while (placeholder.find()) {
      String key = placeholder.group(1);
      if (!values.containsKey(key)) {
        throw new IllegalStateException("No value for {" + key + "} in a mail template");
      }
      Object value = values.get(key);
      placeholder.appendReplacement(result, Matcher.quoteReplacement(value instanceof LocalDate day
          ? FrenchDates.day(day) : value == null ? "" : value.toString()));
    }
    return placeholder.appendTail(result).toString();
  }
}
