package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The digest's review, checked; accepted, the kept offers, the one put first and the introduction are recorded. */
@Component
class ValidateDigestReviewListener extends FormCheck<DigestReview> {
  private final DigestService digests;

  ValidateDigestReviewListener(DigestService digests, FormRules rules) {
    super(rules);
    this.digests = digests;
  }

  @Override
  protected DigestReview read(DelegateExecution execution) {
    String first = Vars.FIRST_OFFER.from(execution);
    return new DigestReview(Vars.KEPT_OFFERS.from(execution), first == null || !first.matches("\\d{1,4}") ? null : Long.valueOf(first),
        digests.find(Vars.WEEK.from(execution)).getItems().size(), Vars.INTRODUCTION.from(execution));
  }

  @Override
  protected Map<String, String> violations(DigestReview review, LocalDate today) {
    return review.violations();
  }

  @Override
  protected void accepted(DigestReview review, DelegateExecution execution) {
    digests.review(Vars.WEEK.from(execution), review.kept(), review.first(), review.introduction());
  }
}
