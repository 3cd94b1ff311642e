package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.incubation.IncubationEnums.CommitmentKind;
import fr.pcpe.workflow.incubation.IncubationEnums.Decision;
import fr.pcpe.workflow.incubation.IncubationEnums.Status;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incubated projects: their facts, the committee's advice (DMN) and decisions, abandonment. */
@Service
public class IncubationService {

  /** Where a project goes after its committee: the process routes on it. */
  enum Outcome { NEXT_STAGE, REWORK, CAPITALISED, ABANDONED }

  private final ProjectRepository projects;
  private final PartnerOrganizationRepository organizations;
  private final RuntimeService runtimeService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final Messages messages;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  IncubationService(ProjectRepository projects, PartnerOrganizationRepository organizations,
      RuntimeService runtimeService, EngineAccess engineAccess, Access access, Messages messages,
      ReferenceNumbers referenceNumbers, Clock clock) {
    this.projects = projects;
    this.organizations = organizations;
    this.runtimeService = runtimeService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.messages = messages;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  @Transactional
  String create(String name, String description, String leadUserId) {
    IncubationProject project = projects.saveAndFlush(referenceNumbers.number(
        new IncubationProject(name, description, leadUserId, clock.instant())));
    return project.getReference();
  }

  @Transactional(readOnly = true)
  public IncubationProject find(String reference) {
    IncubationProject project = projects.findByReference(reference)
        .orElseThrow(() -> new NotFoundException(messages.say("project.notFound", reference)));
    project.getHistory().size();
    return project;
  }

  /** What the lead recorded during the stage: territory, budget, a partner's commitment, a funder's amount. */
  @Transactional
  void recordStageWork(String reference, StageWork work) {
    IncubationProject project = find(reference);
    project.describe(work.territory(), work.budget());
    if (work.partnerName() != null) {
      project.commit(organization(work.partnerName()), CommitmentKind.PARTNER, work.partnerCommitted(), null,
          clock.instant());
    }
    if (work.funderName() != null) {
      project.commit(organization(work.funderName()), CommitmentKind.FUNDER, true, work.funderAmount(), clock.instant());
    }
  }

  /** Records the committee's decision next to the advice it had; returns where the project goes. */
  @Transactional
  Outcome decide(String reference, CommitteeDecision committee, String advice) {
    IncubationProject project = find(reference);
    project.decide(committee.decision(), advice, committee.remarks(), clock.instant());
    if (committee.decision() == Decision.ABANDON) {
      project.abandon(committee.abandonReason(), committee.lessonsLearned());
      return Outcome.ABANDONED;
    }
    if (project.getStatus() == Status.CAPITALISED) {
      return Outcome.CAPITALISED;
    }
    return committee.decision() == Decision.GO ? Outcome.NEXT_STAGE : Outcome.REWORK;
  }

  /** A project is abandoned at any stage, outside a committee: reason and lessons are mandatory. */
  @Transactional
  public IncubationProject abandon(String reference, String reason, String lessons) {
    access.requireStaff();
    IncubationProject project = find(reference);
    if (project.getStatus() != Status.ACTIVE) {
      throw new ConflictException(messages.say("project.notActive", reference));
    }
    engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(IncubationProcess.ABANDON_MESSAGE)
        .processInstanceBusinessKey(reference)
        .setVariable(IncubationProcess.Vars.ABANDON_REASON.name(), reason)
        .setVariable(IncubationProcess.Vars.LESSONS_LEARNED.name(), lessons)
        .correlate());
    return find(reference);
  }

  @Transactional
  void recordAbandonment(String reference, String reason, String lessons) {
    find(reference).abandon(reason, lessons);
  }

  @Transactional(readOnly = true)
  public java.util.List<IncubationProject> all() {
    return projects.findAll();
  }

  long daysSinceLastMove(IncubationProject project) {
    return java.time.Duration.between(project.getStageSince(), clock.instant()).toDays();
  }

  Date stageSince(String reference) {
    return Date.from(find(reference).getStageSince());
  }

  private PartnerOrganization organization(String name) {
    return organizations.findByNameIgnoreCase(name)
        .orElseGet(() -> organizations.save(new PartnerOrganization(name, clock.instant())));
  }

  /** The lead's stage form; {@code budgetSent} and {@code funderAmountSent}: whether a value was typed at all. */
  record StageWork(String territory, BigDecimal budget, boolean budgetSent, String partnerName,
      boolean partnerCommitted, String funderName, BigDecimal funderAmount, boolean funderAmountSent) {

    /** A budget typed is a positive amount; a funder comes with its amount, an amount with its funder. */
    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (budgetSent && (budget == null || budget.signum() < 0)) {
        violations.put(IncubationProcess.Vars.BUDGET.name(), "incubation.budget.invalid");
      }
      if (funderName != null && (funderAmount == null || funderAmount.signum() <= 0)
          || funderName == null && funderAmountSent) {
        violations.put(IncubationProcess.Vars.FUNDER_AMOUNT.name(), "incubation.funder.invalid");
      }
      return violations;
    }
  }

  /** The committee's form: decision, remarks, and for an abandonment its reason and lessons. */
  record CommitteeDecision(Decision decision, String remarks, String abandonReason, String lessonsLearned) {

    Map<String, String> violations() {
      if (decision == null) {
        return Map.of(IncubationProcess.Vars.DECISION.name(), "incubation.decision.required");
      }
      if (decision == Decision.ABANDON && (abandonReason == null || lessonsLearned == null)) {
        return Map.of(IncubationProcess.Vars.ABANDON_REASON.name(), "incubation.abandon.incomplete");
      }
      return Map.of();
    }
  }
}
