package fr.pcpe.workflow.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitInvitationRepository extends JpaRepository<VisitInvitation, Long> {

  List<VisitInvitation> findByVisitIdOrderByName(Long visitId);

  long countByVisitIdAndReply(Long visitId, VisitInvitation.Reply reply);
}
