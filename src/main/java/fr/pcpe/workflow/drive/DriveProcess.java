package fr.pcpe.workflow.drive;

/**
 * The {@code recruitmentDrive} process (processes/drive/recruitment-drive.bpmn): its key, the element
 * ids code refers to, and its variable names, which are also the form field keys.
 */
public final class DriveProcess {

  public static final String KEY = "recruitmentDrive";

  public static final String START_EVENT = "startEvent_driveRequested";
  public static final String TASK_ONBOARD_EMPLOYER = "userTask_onboardEmployer";
  public static final String TASK_REGISTER_EMPLOYER = "serviceTask_registerEmployer";
  public static final String END_EMPLOYER_ONBOARDED = "endEvent_employerOnboarded";

  /** Form forms/drive/onboard-employer.form. */
  public static final String FORM_ONBOARD_EMPLOYER = "form_onboardEmployer";

  /** Variables written by the onboarding form. */
  public static final class Vars {
    public static final String EMPLOYER_NAME = "employerName";
    public static final String SIRET = "siret";
    public static final String SECTOR = "sector";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String NEED_DESCRIPTION = "needDescription";

    private Vars() {
    }
  }

  private DriveProcess() {
  }
}
