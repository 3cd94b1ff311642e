package fr.pcpe.workflow.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpEscalationRepository extends JpaRepository<FollowUpEscalation, Long> {

  List<FollowUpEscalation> findByFollowUpReferenceOrderByEscalatedAt(String reference);

  /** The alerts of the follow-ups of the CCEs held in these days (by a join: a list of ids has a size limit). */
  List<FollowUpEscalation> findByFollowUpEventDateBetween(java.time.LocalDate from, java.time.LocalDate to);
}
