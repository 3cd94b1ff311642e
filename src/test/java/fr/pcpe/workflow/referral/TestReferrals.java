package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.drive.TestDrives;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** A partner structure with one referent user and candidates, for the referral tests. */
@Component
public class TestReferrals {

  private final TestDrives drives;
  private final CandidateRepository candidates;
  private final TestUsers users;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final ReferralService referrals;

  TestReferrals(TestDrives drives, CandidateRepository candidates, TestUsers users, RuntimeService runtimeService,
      ManagementService managementService, TaskService taskService, ReferralService referrals) {
    this.taskService = taskService;
    this.referrals = referrals;
    this.drives = drives;
    this.candidates = candidates;
    this.users = users;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  public record TestStructure(PartnerStructure structure, String referent) {
  }

  public TestStructure structure() {
    PartnerStructure structure = drives.mobilizableStructure();
    return new TestStructure(structure, users.create("ref", structure.getGroupId()));
  }

  public Candidate candidate(TestStructure structure) {
    return candidate(structure, "Diallo");
  }

  /** Awa, with this last name: a unique one where a test looks the person up by name among the suite's many. */
  public Candidate candidate(TestStructure structure, String lastName) {
    return candidates.save(new Candidate("Awa", lastName, structure.structure(), Instant.now(), structure.referent())
        .followedBy(structure.referent(), true));
  }

  public List<String> groupsOf(TestStructure structure) {
    return List.of(structure.structure().getGroupId());
  }

  /**
   * The interview has taken place: runs the timer that opens the employer's hire confirmation, as the job executor
   * does the morning after the interview (the clock moved there is tested in {@code CandidateReferralProcessTest}).
   */
  public void interviewHeld(String reference) {
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult().getId();
    Job timer = managementService.createJobQuery().processInstanceId(instance)
        .activityId(ReferralProcess.TIMER_INTERVIEW_HELD).singleResult();
    managementService.executeJob(timer.getId());
  }

  /** A candidate of this structure referred to the drive and hired, through every step of the referral. */
  public Referral hired(String drive, TestStructure structure, String contractType) {
    return hired(drive, structure, contractType, TestDrives.today().plusDays(10));
  }

  /** The same, the job starting on {@code startDate}. */
  public Referral hired(String drive, TestStructure structure, String contractType, java.time.LocalDate startDate) {
    Referral referral = referrals.refer(drive, candidate(structure).getId(), null,
        new Caller(structure.referent(), groupsOf(structure)));
    complete(referral, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(referral, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().toString()));
    interviewHeld(referral.getReference());
    complete(referral, Map.of(Vars.HIRE_DECISION.name(), "HIRED", Vars.CONTRACT_TYPE.name(), contractType,
        Vars.HIRE_START_DATE.name(), startDate.toString(), Vars.WEEKLY_HOURS.name(), 35L));
    return referral;
  }

  private void complete(Referral referral, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId(), form);
  }
}
