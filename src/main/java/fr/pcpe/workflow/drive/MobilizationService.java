package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner mobilization: the structures chosen for a drive are asked to commit to refer candidates;
 * the coordinator follows their commitments against the drive's target. The bean is named
 * "mobilizations" for recruitment-drive.bpmn's multi-instance collection.
 */
@Service("mobilizations")
public class MobilizationService {

  private final MobilizationRepository mobilizations;
  private final PartnerStructureRepository structures;
  private final DriveRepository drives;
  private final MailService mails;
  private final Messages messages;
  private final Clock clock;

  MobilizationService(MobilizationRepository mobilizations, PartnerStructureRepository structures,
      DriveRepository drives, MailService mails, Messages messages, Clock clock) {
    this.mobilizations = mobilizations;
    this.structures = structures;
    this.drives = drives;
    this.mails = mails;
    this.messages = messages;
    this.clock = clock;
  }

  /** The structures a coordinator may mobilize, as options of the agreement form. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> structureOptions() {
    return structures.findByActiveTrueOrderByName().stream().filter(structure -> structure.getGroupId() != null)
        .map(structure -> FormOptions.option(structure.getName() + " (" + structure.getCity() + ")",
            structure.getGroupId()))
        .toList();
  }

  @Transactional(readOnly = true)
  public Set<String> knownStructureGroups() {
    return structures.findByActiveTrueOrderByName().stream().map(PartnerStructure::getGroupId).collect(Collectors.toSet());
  }

  /** Asks each chosen structure (by its group) to commit, by email and by a task for its group. */
  @Transactional
  void request(String driveReference, Collection<String> groupIds) {
    RecruitmentDrive drive = drives.findByReference(driveReference).orElseThrow();
    for (PartnerStructure structure : structures.findByGroupIdIn(groupIds)) {
      if (mobilizations.findByDriveReferenceAndStructureGroupId(driveReference, structure.getGroupId()).isEmpty()) {
        mobilizations.save(new Mobilization(drive, structure, clock.instant()));
        mails.queue(driveReference + ":" + structure.getGroupId() + ":mobilization", structure.getEmail(),
            "mobilization-request", mailValues(drive, structure));
      }
    }
  }

  /** The groups of the structures mobilized for the drive: one answer task each. */
  @Transactional(readOnly = true)
  public List<String> structureGroups(String driveReference) {
    return mobilizations.findByDriveReference(driveReference).stream()
        .map(mobilization -> mobilization.getStructure().getGroupId()).sorted().toList();
  }

  @Transactional
  void remind(String driveReference, String groupId) {
    Mobilization mobilization = find(driveReference, groupId);
    mobilization.reminded();
    RecruitmentDrive drive = drives.findByReference(driveReference).orElseThrow();
    mails.queue(driveReference + ":" + groupId + ":mobilization-reminder-" + mobilization.getReminders(),
        mobilization.getStructure().getEmail(), "mobilization-reminder", mailValues(drive, mobilization.getStructure()));
  }

  @Transactional
  void answer(String driveReference, String groupId, MobilizationAnswer answer) {
    find(driveReference, groupId).answer(
        answer.decision() == MobilizationAnswer.Decision.COMMIT ? Mobilization.Status.COMMITTED : Mobilization.Status.DECLINED,
        answer.decision() == MobilizationAnswer.Decision.COMMIT ? answer.committedCandidates() : null,
        answer.comment(), clock.instant());
  }

  @Transactional
  void noAnswer(String driveReference, String groupId) {
    find(driveReference, groupId).answer(Mobilization.Status.NO_ANSWER, null, null, clock.instant());
  }

  /** Candidates promised in the period (for jobs in its commune, if any), per structure name: the commitments answered then. */
  @Transactional(readOnly = true)
  public Map<String, Long> commitmentsIn(fr.pcpe.workflow.common.Period period) {
    return mobilizations.findAll().stream()
        .filter(mobilization -> mobilization.getStatus() == Mobilization.Status.COMMITTED && period.contains(mobilization.getAnsweredAt())
            && period.inCommune(mobilization.getDrive().getJobOffer().getPlace())
            && period.inStructures(mobilization.getStructure().getGroupId()))
        .collect(Collectors.groupingBy(mobilization -> mobilization.getStructure().getName(),
            Collectors.summingLong(mobilization -> mobilization.getCommittedCandidates() == null ? 0 : mobilization.getCommittedCandidates())));
  }

  @Transactional(readOnly = true)
  public List<Mobilization> of(String driveReference) {
    return mobilizations.findByDriveReference(driveReference);
  }

  /** Commitments against the target, in French, for the coordinator's monitoring task. */
  @Transactional(readOnly = true)
  String summary(String driveReference) {
    RecruitmentDrive drive = drives.findByReference(driveReference).orElseThrow();
    List<Mobilization> all = mobilizations.findByDriveReference(driveReference);
    Map<Mobilization.Status, Long> counts = all.stream()
        .collect(Collectors.groupingBy(Mobilization::getStatus, Collectors.counting()));
    int promised = all.stream().filter(m -> m.getCommittedCandidates() != null)
        .mapToInt(Mobilization::getCommittedCandidates).sum();
    return messages.say("mobilization.summary", all.size(),
        counts.getOrDefault(Mobilization.Status.COMMITTED, 0L), String.valueOf(promised), drive.getTargetHires(),
        counts.getOrDefault(Mobilization.Status.REQUESTED, 0L), counts.getOrDefault(Mobilization.Status.DECLINED, 0L),
        counts.getOrDefault(Mobilization.Status.NO_ANSWER, 0L), drive.getHiresCount());
  }

  private Mobilization find(String driveReference, String groupId) {
    return mobilizations.findByDriveReferenceAndStructureGroupId(driveReference, groupId).orElseThrow();
  }

  private Map<String, Object> mailValues(RecruitmentDrive drive, PartnerStructure structure) {
    Map<String, Object> values = new HashMap<>();
    values.put("driveReference", drive.getReference());
    values.put("structureName", structure.getName());
    values.put("employerName", drive.getEmployer().getName());
    values.put("jobTitle", drive.getJobOffer().getTitle());
    values.put("romeCode", drive.getJobOffer().getRomeCode());
    values.put("place", drive.getJobOffer().getPlace());
    values.put("contractType", messages.say("contractType." + drive.getJobOffer().getContractType()));
    values.put("targetHires", drive.getTargetHires());
    values.put("deadline", FrenchDates.day(drive.getDeadline()));
    return values;
  }
}
