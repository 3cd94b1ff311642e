package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.link.LinkEndpoint;
import fr.pcpe.workflow.link.LinkGuard;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's one-question page: "has your referent contacted you?". Reading the question changes nothing;
 * the answer is taken once.
 */
@RestController
@RequestMapping("/links/candidate")
class CandidateLinkController extends LinkEndpoint<CandidateLinkController.Answer> {

  private final CandidateAnswers answers;

  CandidateLinkController(CandidateAnswers answers, LinkGuard guard) {
    super(guard);
    this.answers = answers;
  }

  record Answer(Boolean contacted) {
  }

  @Override
  protected Object open(String token) {
    return answers.candidateQuestion(token);
  }

  @Override
  protected Object answer(String token, Answer answer) {
    return said(answers.candidateAnswered(token, answer.contacted()));
  }
}
