package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.system.PcpeGroups;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DriveService {

  private final DriveRepository drives;
  private final RuntimeService runtimeService;
  private final Clock clock;

  DriveService(DriveRepository drives, RuntimeService runtimeService, Clock clock) {
    this.drives = drives;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Starts a drive; its record and reference are created by the process's start listener. */
  @Transactional
  public ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(DriveProcess.KEY);
  }

  /** Creates the drive record of a process instance that is starting and returns its reference. */
  @Transactional
  String open() {
    RecruitmentDrive drive = drives.saveAndFlush(new RecruitmentDrive(clock.instant()));
    drive.assignReference(clock.getZone());
    return drive.getReference();
  }

  @Transactional
  void employerOnboarded(String reference, Employer employer, String needDescription) {
    find(reference).employerOnboarded(employer, needDescription);
  }

  @Transactional(readOnly = true)
  public RecruitmentDrive find(String reference) {
    return drives.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("Aucune campagne " + reference));
  }

  /**
   * The drive as seen by a user with these groups: PCPE staff see every drive, an employer's users
   * only their own; to anybody else it does not exist.
   */
  @Transactional(readOnly = true)
  DriveView view(String reference, List<String> groupIds) {
    RecruitmentDrive drive = find(reference);
    boolean staff = groupIds.contains(PcpeGroups.ADMIN) || groupIds.contains(PcpeGroups.COORDINATORS);
    boolean ownEmployer = drive.getEmployer() != null && groupIds.contains(drive.getEmployer().getGroupId());
    if (!staff && !ownEmployer) {
      throw new NotFoundException("Aucune campagne " + reference);
    }
    return DriveView.of(drive);
  }
}
