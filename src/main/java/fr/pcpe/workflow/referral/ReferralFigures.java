package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.FigureTable.people;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.drive.MobilizationService;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drives' impact figures, from the referrals and hires recorded (not the engine's history): the
 * funnel per drive and per partner structure, hires per contract, and the partners' commitments against
 * what they referred and what was hired. A referral counts in the period it was made, a hire in the one
 * it was confirmed.
 */
@Service
public class ReferralFigures {

  private final ReferralRepository referrals;
  private final HireRepository hires;
  private final MobilizationService mobilizations;
  private final MessageSource messages;

  ReferralFigures(ReferralRepository referrals, HireRepository hires, MobilizationService mobilizations,
      MessageSource messages) {
    this.referrals = referrals;
    this.hires = hires;
    this.mobilizations = mobilizations;
    this.messages = messages;
  }

  /** A person's commune: their own, else their structure's. */
  public static String communeOf(Candidate candidate) {
    return candidate.getCity() != null && !candidate.getCity().isBlank() ? candidate.getCity()
        : candidate.getStructure().getCity();
  }

  private List<Referral> referredIn(Period period) {
    return referrals.findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(period.start(), period.end()).stream()
        .filter(referral -> period.inCommune(communeOf(referral.getCandidate())))
        .toList();
  }

  /** The funnel per drive, with its target, and a total. */
  @Transactional(readOnly = true)
  public FigureTable drives(Period period) {
    Map<RecruitmentDrive, List<Referral>> byDrive = referredIn(period).stream()
        .collect(Collectors.groupingBy(Referral::getDrive, LinkedHashMap::new, Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    DriveFunnel total = DriveFunnel.of("", List.of());
    for (Map.Entry<RecruitmentDrive, List<Referral>> drive : byDrive.entrySet()) {
      RecruitmentDrive recruitment = drive.getKey();
      DriveFunnel funnel = DriveFunnel.of(recruitment.getReference(), drive.getValue());
      total = total.plus(funnel);
      List<Object> row = new ArrayList<>(List.of(recruitment.getReference(), recruitment.getJobOffer().getTitle(),
          recruitment.getEmployer().getName(), recruitment.getTargetHires() == null ? "—" : recruitment.getTargetHires()));
      row.addAll(counts(funnel));
      rows.add(row);
    }
    rows.sort(Comparator.comparing(row -> (String) row.get(0)));
    List<Object> totalRow = new ArrayList<>(List.of(say("impact.total"), "", "", "—"));
    totalRow.addAll(counts(total));
    rows.add(totalRow);
    return new FigureTable("drives", say("impact.drives"), List.of(say("impact.col.drive"), say("impact.col.job"),
        say("impact.col.employer"), say("impact.col.target"), say("impact.col.referred"), say("impact.col.screened"),
        say("impact.col.sent"), say("impact.col.interviewed"), say("impact.col.hired")), rows, true);
  }

  /**
   * Per partner structure: the candidates it promised (commitments answered in the period), then its funnel; and a
   * total. One table, so that no count shown in one is hidden in another.
   */
  @Transactional(readOnly = true)
  public FigureTable structures(Period period) {
    List<Referral> referred = referredIn(period);
    Map<String, Long> committed = mobilizations.commitmentsIn(period);
    Map<String, DriveFunnel> funnels = DriveFunnel.perStructure(referred).stream()
        .collect(Collectors.toMap(DriveFunnel::structure, funnel -> funnel));
    TreeSet<String> names = new TreeSet<>(committed.keySet());
    names.addAll(funnels.keySet());
    List<List<Object>> rows = new ArrayList<>();
    for (String name : names) {
      List<Object> row = new ArrayList<>(List.of(name, committed.getOrDefault(name, 0L)));
      row.addAll(counts(funnels.getOrDefault(name, DriveFunnel.of(name, List.of()))));
      rows.add(row);
    }
    List<Object> totalRow = new ArrayList<>(List.of(say("impact.total"),
        committed.values().stream().mapToLong(Long::longValue).sum()));
    totalRow.addAll(counts(DriveFunnel.of("", referred)));
    rows.add(totalRow);
    return new FigureTable("structures", say("impact.structures"), List.of(say("impact.col.structure"),
        say("impact.col.committed"), say("impact.col.referred"), say("impact.col.screened"), say("impact.col.sent"),
        say("impact.col.interviewed"), say("impact.col.hired")), rows, true);
  }

  /** Hires confirmed in the period, per contract type, and a total. */
  @Transactional(readOnly = true)
  public FigureTable contracts(Period period) {
    List<Hire> hired = hiredIn(period);
    List<List<Object>> rows = new ArrayList<>();
    for (ContractType type : ContractType.values()) {
      rows.add(List.of(say("contractType." + type), people(hired.stream().filter(h -> h.getContractType() == type).count())));
    }
    rows.add(List.of(say("impact.total"), people(hired.size())));
    return new FigureTable("contracts", say("impact.contracts"), List.of(say("impact.col.contract"),
        say("impact.col.hires")), rows, true);
  }

  private List<Hire> hiredIn(Period period) {
    return hires.findByConfirmedAtGreaterThanEqualAndConfirmedAtLessThan(period.start(), period.end()).stream()
        .filter(hire -> period.inCommune(communeOf(hire.getReferral().getCandidate())))
        .toList();
  }

  private static List<Object> counts(DriveFunnel funnel) {
    return List.of(people(funnel.referred()), people(funnel.screened()), people(funnel.sent()),
        people(funnel.interviewed()), people(funnel.hired()));
  }

  private String say(String key) {
    return messages.getMessage(key, null, Locale.FRENCH);
  }
}
