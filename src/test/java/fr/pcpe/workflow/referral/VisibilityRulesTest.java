package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who sees which record: each record's own rule, pure (no Spring, no engine, no database). */
class VisibilityRulesTest {

  private static final String STRUCTURE = "structure-7";
  private static final String EMPLOYER = "employer-3";

  private static final Caller COORDINATOR = new Caller("camille", List.of(PcpeGroups.COORDINATORS));
  private static final Caller REFERENT = new Caller("nadia", List.of(STRUCTURE));
  private static final Caller HEAD = new Caller("direction", List.of(PcpeGroups.headsOf(STRUCTURE)));
  private static final Caller OTHER_STRUCTURE = new Caller("karim", List.of("structure-8"));
  private static final Caller EMPLOYER_CONTACT = new Caller("marc", List.of(EMPLOYER));
  private static final Caller OTHER_EMPLOYER = new Caller("lea", List.of("employer-4"));

  private final PartnerStructure structure = mock(PartnerStructure.class);
  private final Employer employer = mock(Employer.class);
  private final RecruitmentDrive drive = mock(RecruitmentDrive.class);
  private final Candidate candidate;

  VisibilityRulesTest() {
    when(structure.getGroupId()).thenReturn(STRUCTURE);
    when(employer.getGroupId()).thenReturn(EMPLOYER);
    when(drive.getEmployer()).thenReturn(employer);
    candidate = new Candidate("Awa", "Diallo", structure, Instant.now(), "nadia");
  }

  @Test
  @DisplayName("un candidat : la coordination, sa structure et ses responsables ; pas une autre structure ni un employeur")
  void candidate() {
    assertThat(List.of(COORDINATOR, REFERENT, HEAD, Caller.SYSTEM)).as("the application itself sees every record")
        .allMatch(candidate::visibleTo);
    assertThat(List.of(OTHER_STRUCTURE, EMPLOYER_CONTACT, OTHER_EMPLOYER)).noneMatch(candidate::visibleTo);
    assertThat(List.of(REFERENT)).allMatch(candidate::referableBy);
    assertThat(List.of(COORDINATOR, HEAD, OTHER_STRUCTURE, EMPLOYER_CONTACT)).noneMatch(candidate::referableBy);
  }

  @Test
  @DisplayName("une orientation : l'employeur de la campagne ne la voit qu'une fois le candidat envoyé, jamais refusée")
  void referral() {
    Referral referral = new Referral(drive, candidate, "nadia", "Motivée", Instant.now());
    assertThat(List.of(COORDINATOR, REFERENT, HEAD)).allMatch(referral::visibleTo);
    assertThat(List.of(EMPLOYER_CONTACT, OTHER_EMPLOYER, OTHER_STRUCTURE)).noneMatch(referral::visibleTo);

    referral.moveTo(ReferralStatus.SENT_TO_EMPLOYER, Instant.now());
    assertThat(referral.visibleTo(EMPLOYER_CONTACT)).isTrue();
    assertThat(referral.visibleTo(OTHER_EMPLOYER)).isFalse();
    referral.moveTo(ReferralStatus.HIRED, Instant.now());
    assertThat(referral.visibleTo(EMPLOYER_CONTACT)).isTrue();
    referral.moveTo(ReferralStatus.REFUSED, Instant.now());
    assertThat(referral.visibleTo(EMPLOYER_CONTACT)).isFalse();

    assertThat(referral.withdrawableBy(REFERENT)).isTrue();
    assertThat(List.of(COORDINATOR, HEAD, EMPLOYER_CONTACT, OTHER_STRUCTURE)).noneMatch(referral::withdrawableBy);
  }
}
