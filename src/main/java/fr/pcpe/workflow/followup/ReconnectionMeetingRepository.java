package fr.pcpe.workflow.followup;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReconnectionMeetingRepository extends JpaRepository<ReconnectionMeeting, Long> {

  @EntityGraph(attributePaths = {"invitations", "invitations.followUp", "invitations.followUp.candidate",
      "invitations.followUp.structure"})
  Optional<ReconnectionMeeting> findByReference(String reference);
}
