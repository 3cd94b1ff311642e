package fr.pcpe.workflow.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpEscalationRepository extends JpaRepository<FollowUpEscalation, Long> {

  List<FollowUpEscalation> findByFollowUpReferenceOrderByEscalatedAt(String reference);

  List<FollowUpEscalation> findByFollowUpIdIn(java.util.Collection<Long> followUpIds);
}
