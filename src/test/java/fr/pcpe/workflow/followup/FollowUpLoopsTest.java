package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.cce.TestCces;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A follow-up's proposal acts: an open drive's offer refers the candidate, "the next CCE" invites them. */
@IntegrationTest
class FollowUpLoopsTest {

  @Autowired
  FollowUpService followUps;
  @Autowired
  ReferralService referrals;
  @Autowired
  CceService cces;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TestCces testCces;

  private TestReferrals.TestStructure structure;
  private String town;
  private Candidate candidate;
  private FollowUp followUp;

  /** A candidate of a town of their own (no other test's CCE there), followed by their referent. */
  @BeforeEach
  void aCandidateFollowed() {
    structure = fixtures.structure();
    town = "Ville " + UUID.randomUUID().toString().substring(0, 8);
    candidate = candidates.save(new Candidate("Inès", "Benali", structure.structure(), Instant.now(), structure.referent())
        .contact(null, null, town));
    followUp = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
  }

  /** The referent met the candidate: the proposal's task opens, listing the drives open now. */
  private void met() {
    taskService.complete(task().getId(), Map.of(Vars.MEETING_DATE.name(), TestDrives.today().toString()));
  }

  private Task task() {
    return taskService.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY)
        .processInstanceBusinessKey(followUp.getReference()).singleResult();
  }

  private void propose(String type, String drive) {
    Map<String, Object> form = new java.util.HashMap<>(Map.of(Vars.PROPOSAL_TYPE.name(), type,
        Vars.PROPOSAL_DETAILS.name(), "Proposé lors de l'entretien"));
    if (drive != null) {
      form.put(Vars.PROPOSED_DRIVE.name(), drive);
    }
    taskService.complete(task().getId(), form);
  }

  private String cceOpenToInvitations() {
    return testCces.openToInvitations(town);
  }

  private boolean invited(String cceReference) {
    return cces.invitationsOf(cceReference).stream().map(CceInvitation::getCandidate)
        .anyMatch(invitee -> invitee.getId().equals(candidate.getId()));
  }

  @Test
  @DisplayName("l'offre d'une campagne ouverte oriente le candidat vers elle, au nom du référent ; une campagne mal choisie est refusée")
  void offerOfAnOpenDriveRefersTheCandidate() {
    String drive = drives.open(5).getBusinessKey();
    String closed = drives.open(5).getBusinessKey();
    drives.closeByCoordinator(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(closed)
        .processDefinitionKey("recruitmentDrive").singleResult());
    met();

    assertThat(taskService.getVariable(task().getId(), Vars.DRIVE_OPTIONS.name()).toString()).contains(drive)
        .doesNotContain(closed);
    assertThatThrownBy(() -> propose("TRAINING", drive)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("offre");
    assertThatThrownBy(() -> propose("OFFER", closed)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("plus ouverte");
    assertThatThrownBy(() -> propose("OFFER", "CAMP-0000-000")).isInstanceOf(FormFieldValidationException.class);
    assertThat(referrals.ofCandidate(candidate.getId())).as("a refused proposal changes nothing").isEmpty();

    propose("OFFER", drive);

    assertThat(referrals.ofCandidate(candidate.getId())).singleElement().satisfies(created -> {
      Referral referral = referrals.find(created.getReference());
      assertThat(referral.getDrive().getReference()).isEqualTo(drive);
      assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SUBMITTED);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
          .processInstanceBusinessKey(referral.getReference()).count()).isOne();
    });
    assertThat(followUps.find(followUp.getReference()).getCurrentStep()).isEqualTo(FollowUpEnums.Step.CHECK_IN);
  }

  @Test
  @DisplayName("« prochain CCE » invite au prochain Café de la ville du candidat, déjà ouvert aux invitations")
  void nextCceInvitesToTheOpenOne() {
    String cce = cceOpenToInvitations();
    met();

    propose("NEXT_CCE", null);

    assertThat(invited(cce)).isTrue();
    assertThat(cces.invitationsOf(cce)).filteredOn(i -> i.getCandidate().getId().equals(candidate.getId()))
        .singleElement().extracting(CceInvitation::getInvitedBy).isEqualTo(structure.referent());
  }

  @Test
  @DisplayName("« prochain CCE » sans Café prévu : l'invitation part quand un Café de la ville ouvre ses invitations, pas ailleurs")
  void nextCceWaitsForTheTownsNextCafe() {
    met();
    propose("NEXT_CCE", null);
    String elsewhere = town;
    town = "Autre " + town;
    String otherTown = cceOpenToInvitations();
    assertThat(invited(otherTown)).isFalse();

    town = elsewhere;
    String next = cceOpenToInvitations();
    assertThat(invited(next)).isTrue();
    String after = cceOpenToInvitations();
    assertThat(invited(after)).as("one invitation for one proposal").isFalse();
  }
}
