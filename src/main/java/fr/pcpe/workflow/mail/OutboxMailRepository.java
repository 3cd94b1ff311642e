package fr.pcpe.workflow.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  // JPQL on the hot path: see DriveRepository#findByReference
  @Query("select count(m) > 0 from OutboxMail m where m.dedupKey = :dedupKey")
  boolean existsByDedupKey(@Param("dedupKey") String dedupKey);

  /** The emails written to a person or naming them (body or subject "like" the pattern). */
  List<OutboxMail> findByRecipientIgnoreCaseOrBodyLikeOrSubjectLikeOrderByCreatedAt(String recipient, String body,
      String subject);

  List<OutboxMail> findByDedupKeyStartingWith(String prefix);

  /**
   * Mails to send: pending ones whose next attempt is due, and ones whose sender died while sending (claim
   * older than stale).
   */
  @Query("""
      select m.id from OutboxMail m
      where (m.status = fr.pcpe.workflow.mail.OutboxMail.Status.PENDING
             and (m.nextAttemptAt is null or m.nextAttemptAt <= :now))
         or (m.status = fr.pcpe.workflow.mail.OutboxMail.Status.SENDING and m.claimedAt < :stale)
      order by m.id""")
  List<Long> findDispatchable(@Param("now") Instant now, @Param("stale") Instant stale, Pageable page);

  /** The mails given up, newest first, for the coordination to send again. */
  List<OutboxMail> findByStatusOrderByCreatedAtDesc(OutboxMail.Status status);

  long countByStatus(OutboxMail.Status status);

  /**
   * Claims one mail for this sender; on several nodes exactly one claim succeeds, so a mail is never
   * handed to SMTP by two nodes.
   */
  @Modifying
  @Query("""
      update OutboxMail m set m.status = fr.pcpe.workflow.mail.OutboxMail.Status.SENDING, m.claimedAt = :now
      where m.id = :id and ((m.status = fr.pcpe.workflow.mail.OutboxMail.Status.PENDING
             and (m.nextAttemptAt is null or m.nextAttemptAt <= :now))
         or (m.status = fr.pcpe.workflow.mail.OutboxMail.Status.SENDING and m.claimedAt < :stale))""")
  int claim(@Param("id") Long id, @Param("now") Instant now, @Param("stale") Instant stale);
}
