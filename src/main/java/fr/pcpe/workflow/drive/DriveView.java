package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.employer.Employer;

/** A drive as the app's API shows it. */
record DriveView(String reference, DriveStatus status, String employerName, String employerSiret,
    String needDescription, Integer targetHires, int hiresCount) {

  static DriveView of(RecruitmentDrive drive) {
    Employer employer = drive.getEmployer();
    return new DriveView(drive.getReference(), drive.getStatus(),
        employer == null ? null : employer.getName(), employer == null ? null : employer.getSiret(),
        drive.getNeedDescription(), drive.getTargetHires(), drive.getHiresCount());
  }
}
