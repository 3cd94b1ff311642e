package fr.pcpe.workflow.link;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecureLinkRepository extends JpaRepository<SecureLink, Long> {

  Optional<SecureLink> findByTokenHash(String tokenHash);

  /** Marks the link used if nobody did first: 1 when this call used it, 0 otherwise. */
  @Modifying
  @Query("update SecureLink l set l.usedAt = :now where l.id = :id and l.usedAt is null and l.expiresAt > :now")
  int use(@Param("id") Long id, @Param("now") Instant now);

  /** Ends the links still open for a subject (a person deactivated, a new invitation). */
  @Modifying
  @Query("update SecureLink l set l.expiresAt = :now where l.purpose = :purpose and l.subject = :subject"
      + " and l.usedAt is null and l.expiresAt > :now")
  int expireAll(@Param("purpose") SecureLink.Purpose purpose, @Param("subject") String subject,
      @Param("now") Instant now);
}
