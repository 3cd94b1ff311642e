package fr.pcpe.workflow.referral;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.link.LinkRefused;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.FormFields;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's decision from the link in an email, without an account (DESIGN §4, docs/adr/0007):
 * the link is bound to one task (interview decision, hire confirmation or retention check), shows what the employer
 * needs to decide, and completes that task once with its form's fields only, under the same rules as
 * in Tasklist. A link whose task is done (here or in Tasklist), used, expired or unknown changes nothing.
 */
@Service
public class EmployerDecisions {

  static final Set<String> TASKS = Set.of(ReferralProcess.TASK_DECIDE_INTERVIEW, ReferralProcess.TASK_CONFIRM_HIRE,
      RetentionProcess.TASK_CHECK);

  /**
   * What the page shows: who, for which drive, from which structure, and the task's form with the values its
   * texts show, as Tasklist shows them.
   */
  public record Decision(String taskName, String candidateName, String driveReference, String jobTitle,
      String employerName, String structureName, String structureComment, LocalDate interviewDate, JsonNode form,
      Map<String, Object> formData) {
  }

  /** Every candidate waiting for an employer's answer, the most urgent first, each with its own link. */
  public record Overview(String employerName, List<Pending> pending) {
  }

  /** One answer an employer owes: whom, for which drive, what, by when, and the link to answer. */
  public record Pending(String candidateName, String driveTitle, String step, String dueDay, boolean late,
      String decisionUrl) {
  }

  /** The variables the employer's forms show in their texts. */
  private static final List<String> SHOWN = List.of(ReferralProcess.Vars.CANDIDATE_NAME.name(),
      ReferralProcess.Vars.DRIVE_TITLE.name(), ReferralProcess.Vars.EMPLOYER_CONTEXT.name(),
      RetentionProcess.Vars.MONTHS_AFTER_START.name());

  private final SecureLinks links;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final FormFields formFields;
  private final ReferralService referrals;
  private final EngineAccess engineAccess;
  private final PcpeProperties properties;
  private final Messages messages;
  private final EmployerRepository employers;
  private final Clock clock;

  EmployerDecisions(SecureLinks links, TaskService taskService, RuntimeService runtimeService, FormFields formFields,
      ReferralService referrals, EngineAccess engineAccess, PcpeProperties properties, Messages messages,
      EmployerRepository employers, Clock clock) {
    this.employers = employers;
    this.clock = clock;
    this.links = links;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.formFields = formFields;
    this.referrals = referrals;
    this.engineAccess = engineAccess;
    this.properties = properties;
    this.messages = messages;
  }

  /** A new link to an employer's task, for an email; the fragment keeps the token out of logs and referrers. */
  @Transactional
  String linkTo(String taskId) {
    return properties.publicUrl() + "/decision-employeur.html#" + links.issue(SecureLink.Purpose.EMPLOYER_TASK, taskId,
        properties.links().employerValidity());
  }

  /** A link to the page of every answer an employer owes, for their emails; it may be used again. */
  @Transactional
  String overviewLink(String employerGroupId) {
    return properties.publicUrl() + "/candidatures-employeur.html#" + links.issue(SecureLink.Purpose.EMPLOYER_OVERVIEW,
        employerGroupId, properties.links().employerValidity());
  }

  /**
   * What the overview link opens: the employer's open decisions across their drives, by due date, each with a new
   * single-use link to its decision page.
   */
  @Transactional
  public Overview overview(String token) {
    SecureLink link = links.find(SecureLink.Purpose.EMPLOYER_OVERVIEW, token)
        .orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN));
    if (!links.isOpen(link)) {
      throw new LinkRefused("link.expired");
    }
    String group = link.getSubject();
    List<Task> tasks = engineAccess.asSystem(() -> taskService.createTaskQuery().taskCandidateGroup(group)
        .taskDefinitionKeyIn(TASKS.toArray(String[]::new)).orderByDueDate().asc().list());
    Date now = Date.from(clock.instant());
    List<Pending> pending = tasks.stream().map(task -> {
      Map<String, Object> shown = engineAccess.asSystem(() -> taskService.getVariables(task.getId(), SHOWN));
      return new Pending(String.valueOf(shown.get(ReferralProcess.Vars.CANDIDATE_NAME.name())),
          String.valueOf(shown.get(ReferralProcess.Vars.DRIVE_TITLE.name())),
          messages.say("link.employer.step." + task.getTaskDefinitionKey()),
          task.getDueDate() == null ? "" : FrenchDates.day(task.getDueDate().toInstant().atZone(clock.getZone())
              .toLocalDate()), task.getDueDate() != null && task.getDueDate().before(now), linkTo(task.getId()));
    }).toList();
    return new Overview(employers.findByGroupId(group).map(Employer::getName)
        .orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN)), pending);
  }

  /** What the link opens; changes nothing. */
  @Transactional(readOnly = true)
  public Decision open(String token) {
    Task task = openTask(token).task();
    Referral referral = referrals.find(referenceOf(task));
    return new Decision(task.getName(), referral.getCandidate().fullName(), referral.getDrive().getReference(),
        referral.getDrive().getJobOffer().getTitle(), referral.getDrive().getEmployer().getName(),
        referral.getStructure().getName(), referral.getSubmissionComment(), referral.getInterviewDate(),
        formFields.formOfTask(task.getId()).orElseThrow(() -> new LinkRefused("link.employer.done")),
        engineAccess.asSystem(() -> taskService.getVariables(task.getId(), SHOWN)));
  }

  /**
   * Completes the link's task with the submitted values of its form's fields; the task's rules refuse
   * bad input (the link stays usable then). Used once: a second submission is refused.
   */
  @Transactional
  public String submit(String token, Map<String, Object> submitted) {
    OpenTask open = openTask(token);
    Set<String> fields = formFields.ofTask(open.task().getId()).orElse(Set.of());
    Map<String, Object> values = new HashMap<>();
    submitted.forEach((key, value) -> {
      if (fields.contains(key) && (value == null || value instanceof String || value instanceof Number
          || value instanceof Boolean)) {
        values.put(key, value);
      }
    });
    links.useOnce(open.link());
    engineAccess.asSystem(() -> taskService.complete(open.task().getId(), values));
    return messages.say("link.employer.thanks");
  }

  private record OpenTask(SecureLink link, Task task) {
  }

  private OpenTask openTask(String token) {
    SecureLink link = links.find(SecureLink.Purpose.EMPLOYER_TASK, token)
        .orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN));
    links.refuseIfUsed(link);
    Task task = engineAccess.asSystem(() -> Optional.ofNullable(taskService.createTaskQuery()
        .taskId(link.getSubject()).singleResult())).orElseThrow(() -> new LinkRefused("link.employer.done"));
    if (!links.isOpen(link)) {
      throw new LinkRefused("link.expired");
    }
    if (!TASKS.contains(task.getTaskDefinitionKey())) {
      throw new LinkRefused(LinkRefused.UNKNOWN);
    }
    return new OpenTask(link, task);
  }

  private String referenceOf(Task task) {
    return engineAccess.asSystem(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
  }
}
