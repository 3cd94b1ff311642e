package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Start listener of post-offer.bpmn: the offer is recorded, or the form refused. */
@Component
class PostOfferListener extends FormCheck<OfferForm> {
  private final DigestService digests;

  PostOfferListener(DigestService digests, FormRules rules) {
    super(rules);
    this.digests = digests;
  }

  @Override
  protected OfferForm read(DelegateExecution execution) {
    return new OfferForm(Vars.TITLE.from(execution), Vars.EMPLOYER_NAME.from(execution), Vars.ROME_CODE.from(execution),
        Vars.CONTRACT_TYPE.from(execution), Vars.COMMUNE.from(execution), Vars.CLOSING_DATE.from(execution),
        Vars.DETAILS.from(execution));
  }

  @Override
  protected Map<String, String> violations(OfferForm form, LocalDate today) {
    return form.violations(today);
  }

  @Override
  protected void accepted(OfferForm form, DelegateExecution execution) {
    try {
      execution.setProcessBusinessKey("OFFRE-" + digests.post(form).getId());
    } catch (ConflictException | ForbiddenException | InvalidInputException refused) {
      refuse(Vars.TITLE, refused.getMessage());
    }
  }
}
