package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.employer.Employer;

/** A drive as the app's API shows it. */
record DriveView(String reference, DriveStatus status, String employerName, String employerSiret,
    String needDescription, Integer targetHires, int hiresCount, String closingReport) {

  /** @param staff whether the closing report (its funnel per partner structure) is shown */
  static DriveView of(RecruitmentDrive drive, boolean staff) {
    Employer employer = drive.getEmployer();
    return new DriveView(drive.getReference(), drive.getStatus(),
        employer == null ? null : employer.getName(), employer == null ? null : employer.getSiret(),
        drive.getNeedDescription(), drive.getTargetHires(), drive.getHiresCount(), staff ? drive.getClosingReport() : null);
  }
}
