package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.JobOffer;
import fr.pcpe.workflow.employer.JobOfferRepository;
import fr.pcpe.workflow.system.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DriveService {

  private final DriveRepository drives;
  private final JobOfferRepository jobOffers;
  private final RuntimeService runtimeService;
  private final MobilizationService mobilizations;
  private final Messages messages;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  DriveService(DriveRepository drives, JobOfferRepository jobOffers, RuntimeService runtimeService,
      MobilizationService mobilizations, Messages messages, ReferenceNumbers referenceNumbers, Clock clock) {
    this.drives = drives;
    this.jobOffers = jobOffers;
    this.runtimeService = runtimeService;
    this.mobilizations = mobilizations;
    this.messages = messages;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  /** Starts a drive for this employer; its record and reference are created by the process's start listener. */
  @Transactional
  public ProcessInstance start(String employerName) {
    return DriveProcess.start(runtimeService, employerName);
  }

  /** Creates the drive record of a process instance that is starting and returns its reference. */
  @Transactional
  String create() {
    RecruitmentDrive drive = drives.saveAndFlush(referenceNumbers.number(new RecruitmentDrive(clock.instant())));
    return drive.getReference();
  }

  @Transactional
  void employerOnboarded(String reference, Employer employer, String needDescription) {
    find(reference).employerOnboarded(employer, needDescription);
  }

  /** The agreed drive opens: its job offer is published and referrals are accepted. */
  @Transactional
  RecruitmentDrive open(String reference, DriveAgreement agreement) {
    RecruitmentDrive drive = find(reference);
    JobOffer offer = jobOffers.save(new JobOffer(drive.getEmployer(), agreement.jobTitle(),
        agreement.romeCode(), agreement.contractType(), agreement.positions(), agreement.place())
        .startingOn(agreement.startDate(), agreement.prerequisites()));
    drive.open(offer, agreement.targetHires(), agreement.deadline(), agreement.monthlyRhythm());
    return drive;
  }

  /** Counts a confirmed hire against the drive's target (see the other form). */
  @Transactional
  public boolean recordHire(String reference) {
    return recordHire(reference, () -> { });
  }

  /**
   * Counts a confirmed hire against the drive's target; once counted, {@code recordAcceptedHire}
   * records it on the referral's side, then the hire that reaches the target closes the drive (its
   * process leaves the open phase, and its report counts that hire, in the same transaction).
   *
   * @return false, and nothing recorded, when the drive no longer accepts hires (closed, or target
   *     already reached)
   */
  @Transactional
  public boolean recordHire(String reference, Runnable recordAcceptedHire) {
    if (drives.countHire(reference) == 0) {
      return false;
    }
    recordAcceptedHire.run();
    RecruitmentDrive drive = find(reference);
    // called from the hire's delegate: the engine checks no authorization in delegation code
    if (drive.getHiresCount() >= drive.getTargetHires()) {
      runtimeService.createMessageCorrelation(DriveProcess.TARGET_REACHED_MESSAGE)
          .processInstanceBusinessKey(reference).correlate();
    } else {
      ProcessInstance process = runtimeService.createProcessInstanceQuery().processDefinitionKey(DriveProcess.KEY)
          .processInstanceBusinessKey(reference).singleResult();
      runtimeService.setVariable(process.getId(), DriveProcess.Vars.MOBILIZATION_SUMMARY.name(),
          mobilizations.summary(reference));
    }
    return true;
  }

  /** Closes the drive and says why: target reached, deadline passed, or the coordinator's decision. */
  @Transactional
  ClosingReason close(String reference) {
    return find(reference).close(LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<RecruitmentDrive> openDrives() {
    return drives.findByStatusOrderByReference(DriveStatus.OPEN);
  }

  /** The open drives, as a form's list: the job, the employer, the reference. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> openDriveOptions() {
    return openDrives().stream().map(DriveService::option).toList();
  }

  /** A drive in a form's list: the job, the employer, the reference. */
  private static Map<String, String> option(RecruitmentDrive drive) {
    return FormOptions.option(drive.getJobOffer().getTitle() + " — " + drive.getEmployer().getName()
        + " (" + drive.getReference() + ")", drive.getReference());
  }

  /** The agreed drives a new one may start from, open or closed, newest first, as a form's list. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> templateOptions() {
    return drives.findByStatusInOrderByReferenceDesc(List.of(DriveStatus.OPEN, DriveStatus.CLOSED)).stream()
        .filter(drive -> drive.getJobOffer() != null).map(DriveService::option).toList();
  }

  /** Whether a new drive may start from this one: it exists and was agreed. */
  @Transactional(readOnly = true)
  boolean isTemplate(String reference) {
    return drives.findByReference(reference).filter(drive -> drive.getJobOffer() != null).isPresent();
  }

  /**
   * Prefills a new drive's forms from the one it starts from: the agreement's terms and the structures it
   * mobilized that are still active; the employer's details too when it is the same employer. Everything stays
   * editable (another employer, another site).
   */
  @Transactional(readOnly = true)
  void prefill(String templateReference, String employerName, VariableScope scope) {
    RecruitmentDrive template = find(templateReference);
    JobOffer offer = template.getJobOffer();
    DriveProcess.Vars.JOB_TITLE.on(scope).set(offer.getTitle());
    DriveProcess.Vars.ROME_CODE.on(scope).set(offer.getRomeCode());
    DriveProcess.Vars.CONTRACT_TYPE.on(scope).set(offer.getContractType());
    DriveProcess.Vars.POSITIONS.on(scope).set(offer.getPositions());
    DriveProcess.Vars.PLACE.on(scope).set(offer.getPlace());
    DriveProcess.Vars.PREREQUISITES.on(scope).set(offer.getPrerequisites());
    DriveProcess.Vars.TARGET_HIRES.on(scope).set(template.getTargetHires());
    DriveProcess.Vars.MONTHLY_RHYTHM.on(scope).set(template.getMonthlyRhythm());
    Set<String> active = mobilizations.knownStructureGroups();
    scope.setVariable(DriveProcess.Vars.MOBILIZED_STRUCTURES.name(), FormOptions.chosen(
        mobilizations.structureGroups(templateReference).stream().filter(active::contains).toList()));
    Employer employer = template.getEmployer();
    if (employer.getName().equalsIgnoreCase(employerName)) {
      DriveProcess.Vars.SIRET.on(scope).set(employer.getSiret());
      DriveProcess.Vars.SECTOR.on(scope).set(employer.getSector());
      DriveProcess.Vars.CONTACT_NAME.on(scope).set(employer.getContactName());
      DriveProcess.Vars.CONTACT_EMAIL.on(scope).set(employer.getContactEmail());
      DriveProcess.Vars.CONTACT_PHONE.on(scope).set(employer.getContactPhone());
    }
  }

  @Transactional(readOnly = true)
  public Optional<RecruitmentDrive> findOptional(String reference) {
    return drives.findByReference(reference);
  }

  @Transactional(readOnly = true)
  public RecruitmentDrive find(String reference) {
    return drives.findByReference(reference)
        .orElseThrow(() -> new NotFoundException(messages.say("drive.notFound", reference)));
  }

  /**
   * The drive as the caller sees it: PCPE staff see every drive, an employer's users only their own;
   * to anybody else it does not exist.
   */
  @Transactional(readOnly = true)
  DriveView view(String reference, Caller caller) {
    RecruitmentDrive drive = find(reference);
    if (!drive.visibleTo(caller)) {
      throw new NotFoundException(messages.say("drive.notFound", reference));
    }
    return DriveView.of(drive, caller.isStaff());
  }

  /** The closing report, kept with the drive once written (the task that shows it goes, the record stays). */
  @Transactional
  public void keepClosingReport(String reference, String report) {
    find(reference).closingReport(report);
  }
}
