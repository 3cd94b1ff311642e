package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.system.security.Caller;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool: candidates an employer did not hire but found suitable for a next drive. Listed by drive,
 * job (ROME code) and structure — PCPE staff see all, a structure its own — and referred to a new drive
 * in one step.
 */
@Service
public class CandidatePool {

  private final ReferralRepository referrals;
  private final HireRepository hires;
  private final ReferralService referralService;
  private final DriveService drives;

  CandidatePool(ReferralRepository referrals, HireRepository hires, ReferralService referralService, DriveService drives) {
    this.referrals = referrals;
    this.hires = hires;
    this.referralService = referralService;
    this.drives = drives;
  }

  /** One pooled candidate, from the referral that put them there. */
  public record Entry(String referral, long candidateId, String candidateName, String structure, String drive,
      String jobTitle, String romeCode, LocalDate since) {
  }

  /** What the pool's page shows: the entries, and the open drives they may be referred to. */
  public record Listing(List<Entry> entries, List<Map<String, String>> openDrives) {
  }

  /**
   * The pool as the caller may see it, newest first, narrowed by drive reference, ROME code and
   * structure name when given (a candidate hired since has left it).
   */
  @Transactional(readOnly = true)
  public Listing list(Caller caller, String drive, String romeCode, String structure, ZoneId zone) {
    Set<Long> hired = new HashSet<>(hires.findHiredCandidateIds());
    List<Entry> entries = referrals.findByInPoolTrueOrderByUpdatedAtDesc().stream()
        .filter(referral -> referral.getCandidate().visibleTo(caller))
        .filter(referral -> !hired.contains(referral.getCandidate().getId()))
        .filter(referral -> matches(drive, referral.getDrive().getReference()))
        .filter(referral -> matches(romeCode, referral.getDrive().getJobOffer().getRomeCode()))
        .filter(referral -> structure == null || structure.isBlank()
            || referral.getStructure().getName().toLowerCase().contains(structure.strip().toLowerCase()))
        .map(referral -> new Entry(referral.getReference(), referral.getCandidate().getId(),
            referral.getCandidate().fullName(), referral.getStructure().getName(), referral.getDrive().getReference(),
            referral.getDrive().getJobOffer().getTitle(), referral.getDrive().getJobOffer().getRomeCode(),
            LocalDate.ofInstant(referral.getUpdatedAt(), zone)))
        .toList();
    return new Listing(entries, drives.openDriveOptions());
  }

  private static boolean matches(String filter, String value) {
    return filter == null || filter.isBlank() || filter.strip().equalsIgnoreCase(value);
  }

  /**
   * Refers a pooled candidate to an open drive in one step, in the caller's name: PCPE staff for any,
   * a structure for its own. To anybody else the pool entry does not exist.
   */
  @Transactional
  public Referral refer(String pooledReferral, String driveReference, String comment, Caller caller) {
    Referral pooled = referrals.findByReference(pooledReferral)
        .filter(Referral::isInPool)
        .filter(referral -> referral.getCandidate().visibleTo(caller))
        .orElseThrow(() -> referralService.notFound(pooledReferral));
    return referralService.referOnBehalf(driveReference, pooled.getCandidate().getId(), comment, caller.userId());
  }
}
