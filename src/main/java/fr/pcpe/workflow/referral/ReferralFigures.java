package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.FigureTable.people;
import static fr.pcpe.workflow.common.FigureTable.share;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.drive.MobilizationService;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drives' impact figures, from the referrals and hires recorded (not the engine's history): the
 * funnel per drive and per partner structure (with the candidates each promised), hires per contract, and how
 * each employer answers. A referral counts in the period it was made, a hire in the one it was confirmed, an
 * employer's decision in the one it was asked.
 */
@Service
public class ReferralFigures {

  private final ReferralRepository referrals;
  private final HireRepository hires;
  private final RetentionCheckRepository retentionChecks;
  private final MobilizationService mobilizations;
  private final Messages messages;
  private final HistoryService historyService;
  private final EngineAccess engineAccess;

  ReferralFigures(ReferralRepository referrals, HireRepository hires, RetentionCheckRepository retentionChecks,
      MobilizationService mobilizations,
      Messages messages, HistoryService historyService, EngineAccess engineAccess) {
    this.historyService = historyService;
    this.engineAccess = engineAccess;
    this.referrals = referrals;
    this.hires = hires;
    this.retentionChecks = retentionChecks;
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
        .filter(referral -> period.inCommune(communeOf(referral.getCandidate()))
            && period.inStructures(referral.getStructure().getGroupId()))
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
    List<Object> totalRow = new ArrayList<>(List.of(messages.say("impact.total"), "", "", "—"));
    totalRow.addAll(counts(total));
    rows.add(totalRow);
    return new FigureTable("drives", messages.say("impact.drives"), messages.each("impact.col.drive", "impact.col.job",
        "impact.col.employer", "impact.col.target", "impact.col.referred", "impact.col.screened", "impact.col.sent",
        "impact.col.interviewed", "impact.col.hired"), rows, true);
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
    List<Object> totalRow = new ArrayList<>(List.of(messages.say("impact.total"),
        committed.values().stream().mapToLong(Long::longValue).sum()));
    totalRow.addAll(counts(DriveFunnel.of("", referred)));
    rows.add(totalRow);
    return new FigureTable("structures", messages.say("impact.structures"),
        messages.each("impact.col.structure", "impact.col.committed", "impact.col.referred", "impact.col.screened",
            "impact.col.sent", "impact.col.interviewed", "impact.col.hired"), rows, true);
  }

  /** Hires confirmed in the period, per contract type, and a total. */
  @Transactional(readOnly = true)
  public FigureTable contracts(Period period) {
    List<Hire> hired = hiredIn(period);
    List<List<Object>> rows = new ArrayList<>();
    for (ContractType type : ContractType.values()) {
      rows.add(List.of(messages.say("contractType." + type),
          people(hired.stream().filter(h -> h.getContractType() == type).count())));
    }
    rows.add(List.of(messages.say("impact.total"), people(hired.size())));
    return new FigureTable("contracts", messages.say("impact.contracts"), messages.each("impact.col.contract",
        "impact.col.hires"), rows, true);
  }

  /**
   * Per employer: the decisions asked of them in the period (an interview, a hire), those they gave (not expired
   * nor withdrawn), the rate, and the median days they took: which employers answer, and how fast.
   */
  @Transactional(readOnly = true)
  public FigureTable employers(Period period) {
    List<HistoricTaskInstance> asked = engineAccess.asSystem(() -> historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey(ReferralProcess.KEY).taskDefinitionKeyIn(EmployerDecisions.TASKS.toArray(String[]::new))
        .startedAfter(Date.from(period.start().minusMillis(1))).startedBefore(Date.from(period.end())).list());
    Map<String, String> referenceOfInstance = new HashMap<>();
    if (!asked.isEmpty()) {
      engineAccess.asSystem(() -> historyService.createHistoricProcessInstanceQuery()
          .processInstanceIds(asked.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()))
          .list()).forEach(instance -> referenceOfInstance.put(instance.getId(), instance.getBusinessKey()));
    }
    Map<String, Referral> byReference = referrals.findByReferenceIn(referenceOfInstance.values()).stream()
        .filter(referral -> period.inCommune(communeOf(referral.getCandidate()))
            && period.inStructures(referral.getStructure().getGroupId()))
        .collect(Collectors.toMap(Referral::getReference, referral -> referral));
    Map<String, List<HistoricTaskInstance>> byEmployer = new TreeMap<>();
    for (HistoricTaskInstance task : asked) {
      Referral referral = byReference.get(referenceOfInstance.get(task.getProcessInstanceId()));
      if (referral != null) {
        byEmployer.computeIfAbsent(referral.getDrive().getEmployer().getName(), name -> new ArrayList<>()).add(task);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    byEmployer.forEach((employer, tasks) -> {
      List<Double> days = tasks.stream().filter(task -> "completed".equals(task.getDeleteReason()))
          .map(task -> (task.getEndTime().getTime() - task.getStartTime().getTime()) / 86_400_000.0).sorted().toList();
      rows.add(List.of(employer, (long) tasks.size(), (long) days.size(),
          Math.round(100.0 * days.size() / tasks.size()) + " %", days.isEmpty() ? "—"
              : String.format(Locale.FRENCH, "%.1f", median(days))));
    });
    return new FigureTable("employers", messages.say("impact.employers"), messages.each("impact.col.employer",
        "impact.col.asked", "impact.col.answered", "impact.col.answerRate", "impact.col.daysToAnswer"), rows, false);
  }

  /**
   * Whether hires last: the employers asked one and six months after a start falling due in the period, their answers,
   * the people still employed and the share of the answers that says so.
   */
  @Transactional(readOnly = true)
  public FigureTable retention(Period period) {
    List<RetentionCheck> due = checksDueIn(period);
    List<List<Object>> rows = new ArrayList<>();
    for (int months : List.of(RetentionProcess.FIRST_CHECK, RetentionProcess.LAST_CHECK)) {
      List<RetentionCheck> asked = due.stream().filter(check -> check.getMonths() == months).toList();
      long answered = asked.stream().filter(check -> check.getAnsweredAt() != null).count();
      long stayed = asked.stream().filter(check -> Boolean.TRUE.equals(check.getStillEmployed())).count();
      rows.add(List.of(messages.say("impact.retention.after", months),
          people(asked.size()), people(answered), people(stayed), share(stayed, answered)));
    }
    return new FigureTable("retention", messages.say("impact.retention"), messages.each("impact.col.after",
        "impact.col.checksAsked", "impact.col.checksAnswered", "impact.col.stillEmployed", "impact.col.retentionRate"),
        rows, false);
  }

  /** What the employers say of their hires, per drive, from the checks due in the period; and a total. */
  @Transactional(readOnly = true)
  public FigureTable satisfactionByDrive(Period period) {
    return satisfaction("satisfactionDrives", "impact.satisfactionDrives", "impact.col.drive",
        check -> check.getHire().getReferral().getDrive().getReference() + " — "
            + check.getHire().getReferral().getDrive().getEmployer().getName(), period);
  }

  /** What the employers say of the hires of each partner structure's candidates; and a total. */
  @Transactional(readOnly = true)
  public FigureTable satisfactionByStructure(Period period) {
    return satisfaction("satisfactionStructures", "impact.satisfactionStructures", "impact.col.structure",
        check -> check.getHire().getReferral().getStructure().getName(), period);
  }

  private FigureTable satisfaction(String id, String title, String firstColumn,
      java.util.function.Function<RetentionCheck, String> rowOf, Period period) {
    List<RetentionCheck> answered = checksDueIn(period).stream().filter(check -> check.getAnsweredAt() != null).toList();
    Map<String, List<RetentionCheck>> byRow = answered.stream()
        .collect(Collectors.groupingBy(rowOf, TreeMap::new, Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    byRow.forEach((name, checks) -> rows.add(satisfactionRow(name, checks)));
    rows.add(satisfactionRow(messages.say("impact.total"), answered));
    return new FigureTable(id, messages.say(title), messages.each(firstColumn, "impact.col.checksAnswered",
        "impact.col.satisfied", "impact.col.satisfiedShare"), rows, true);
  }

  private static List<Object> satisfactionRow(String name, List<RetentionCheck> checks) {
    long satisfied = checks.stream().filter(check -> check.getSatisfaction() != null && check.getSatisfaction().satisfied())
        .count();
    return List.of(name, people(checks.size()), people(satisfied), share(satisfied, checks.size()));
  }

  private List<RetentionCheck> checksDueIn(Period period) {
    return retentionChecks.findByDueOnBetween(period.from(), period.to()).stream()
        .filter(check -> period.inCommune(communeOf(check.getHire().getReferral().getCandidate()))
            && period.inStructures(check.getHire().getReferral().getStructure().getGroupId()))
        .toList();
  }

  private static double median(List<Double> sorted) {
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private List<Hire> hiredIn(Period period) {
    return hires.findByConfirmedAtGreaterThanEqualAndConfirmedAtLessThan(period.start(), period.end()).stream()
        .filter(hire -> period.inCommune(communeOf(hire.getReferral().getCandidate()))
            && period.inStructures(hire.getReferral().getStructure().getGroupId()))
        .toList();
  }

  private static List<Object> counts(DriveFunnel funnel) {
    return List.of(people(funnel.referred()), people(funnel.screened()), people(funnel.sent()),
        people(funnel.interviewed()), people(funnel.hired()));
  }
}
