package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open drives, for the referral's start form: the job, the employer, the reference. */
@Component
class OpenDrivesOptions implements StartFormOptions {

  private final DriveRepository drives;

  OpenDrivesOptions(DriveRepository drives) {
    this.drives = drives;
  }

  @Override
  public String name() {
    return "openDrives";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Map<String, String>> options(Caller caller) {
    return drives.findByStatusOrderByReference(DriveStatus.OPEN).stream()
        .map(drive -> FormOptions.option(drive.getJobOffer().getTitle() + " — " + drive.getEmployer().getName()
            + " (" + drive.getReference() + ")", drive.getReference()))
        .toList();
  }
}
