package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.link.LinkEndpoint;
import fr.pcpe.workflow.link.LinkGuard;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An invitee's page of a learning visit: the visit and the places left; their reply, which may change until the day.
 */
@RestController
@RequestMapping("/links/visit")
class VisitLinkController extends LinkEndpoint<VisitLinkController.ReplyRequest> {

  private final LearningVisits visits;

  VisitLinkController(LearningVisits visits, LinkGuard guard) {
    super(guard);
    this.visits = visits;
  }

  /** An invitee's answer. */
  record ReplyRequest(VisitInvitation.Reply reply) {
  }

  @Override
  protected Object open(String token) {
    return visits.open(token);
  }

  @Override
  protected Object answer(String token, ReplyRequest request) {
    return said(visits.reply(token, request.reply()));
  }
}
