package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps of weekly-digest.bpmn and the checks of the hebdo's forms, each through {@link DigestService}. */
final class DigestDelegates {

  private DigestDelegates() {
  }

  /** Monday morning: the week's offers gathered (or the week's digest found again); the instance named by its week. */
  @Component("gatherDigestDelegate")
  static class GatherDigestDelegate implements JavaDelegate {
    private final DigestService digests;

    GatherDigestDelegate(DigestService digests) {
      this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String week = digests.currentWeek();
      Digest digest = digests.gather(week);
      execution.setProcessBusinessKey(week);
      Vars.WEEK.on(execution).set(week);
      Vars.WEEK_LABEL.on(execution).set(digests.weekLabel(week));
      Vars.DIGEST_STATUS.on(execution).set(digest.getStatus().name());
      if (digest.getStatus() == Digest.Status.DRAFT) {
        Vars.ITEM_OPTIONS.on(execution).set(FormOptions.of(digests.itemOptions(week)));
      }
    }
  }

  @Component("tellNoDigestDelegate")
  static class TellNoDigestDelegate implements JavaDelegate {
    private final DigestService digests;

    TellNoDigestDelegate(DigestService digests) {
      this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
      digests.tellNoOffer(Vars.WEEK.from(execution));
    }
  }

  @Component("publishDigestDelegate")
  static class PublishDigestDelegate implements JavaDelegate {
    private final DigestService digests;

    PublishDigestDelegate(DigestService digests) {
      this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
      digests.publish(Vars.WEEK.from(execution));
    }
  }

  /** The review: at least one offer kept, the one put first among them; then the digest takes it. */
  record Review(List<Long> kept, Long first, int gathered, String introduction) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (kept == null || kept.isEmpty() || kept.stream().anyMatch(position -> position < 0 || position >= gathered)) {
        violations.put(Vars.KEPT_OFFERS.name(), "digest.review.keepOne");
      } else if (first != null && !kept.contains(first)) {
        violations.put(Vars.FIRST_OFFER.name(), "digest.review.firstNotKept");
      }
      if (introduction != null && introduction.length() > 2000) {
        violations.put(Vars.INTRODUCTION.name(), "digest.review.introductionTooLong");
      }
      return violations;
    }
  }

  @Component("validateDigestReviewListener")
  static class ValidateDigestReviewListener extends FormCheck<Review> {
    private final DigestService digests;

    ValidateDigestReviewListener(DigestService digests, FormRules rules) {
      super(rules);
      this.digests = digests;
    }

    @Override
    protected Review read(DelegateExecution execution) {
      String first = Vars.FIRST_OFFER.from(execution);
      return new Review(Vars.KEPT_OFFERS.from(execution), first == null || !first.matches("\\d{1,4}") ? null : Long.valueOf(first),
          digests.find(Vars.WEEK.from(execution)).getItems().size(), Vars.INTRODUCTION.from(execution));
    }

    @Override
    protected Map<String, String> violations(Review review, LocalDate today) {
      return review.violations();
    }

    @Override
    protected void accepted(Review review, DelegateExecution execution) {
      digests.review(Vars.WEEK.from(execution), review.kept(), review.first(), review.introduction());
    }
  }

  /** Start listener of post-offer.bpmn: the offer is recorded, or the form refused. */
  @Component("postOfferListener")
  static class PostOfferListener extends FormCheck<OfferForm> {
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
}
