package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who sees a drive: its own rule, pure. */
class DriveVisibilityTest {

  @Test
  @DisplayName("une campagne : la coordination, et les personnes de son employeur une fois accueilli")
  void drive() {
    Employer employer = mock(Employer.class);
    when(employer.getGroupId()).thenReturn("employer-3");
    RecruitmentDrive drive = new RecruitmentDrive(Instant.now());
    Caller coordinator = new Caller("camille", List.of(PcpeGroups.COORDINATORS));
    Caller contact = new Caller("marc", List.of("employer-3"));
    Caller otherEmployer = new Caller("lea", List.of("employer-4"));
    Caller referent = new Caller("nadia", List.of("structure-7"));

    assertThat(drive.visibleTo(coordinator)).isTrue();
    assertThat(List.of(contact, otherEmployer, referent)).noneMatch(drive::visibleTo);
    drive.employerOnboarded(employer, "20 préparateurs de commandes");
    assertThat(List.of(coordinator, contact, Caller.SYSTEM)).allMatch(drive::visibleTo);
    assertThat(List.of(otherEmployer, referent)).noneMatch(drive::visibleTo);
  }
}
