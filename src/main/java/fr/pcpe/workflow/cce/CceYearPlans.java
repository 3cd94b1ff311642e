package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's plan of Cafés Contact Emploi (issue 36): a target, and a calendar by commune with its co-organisers;
 * each planned café starts its CCE from the plan (commune, date and place prefilled); the coordination sees the
 * cafés held against the plan, and is alerted at the start of a month when the year falls behind. PCPE staff only.
 */
@Service
public class CceYearPlans {

  /** At most this many cafés a year: a typing error beyond. */
  static final int MAX_TARGET = 200;

  /** A planned café, as the page shows it. */
  public record Planned(long id, String day, String commune, String venue, String coOrganisers, String state,
      String cceReference, boolean startable) {
  }

  /** The year: its target, the cafés held so far, those expected by now, and the calendar. */
  public record YearView(int year, int target, long held, long expectedByNow, int plannedCount, List<Planned> planned) {
  }

  private final CceYearPlanRepository plans;
  private final PlannedCceRepository planned;
  private final CceRepository cces;
  private final RuntimeService runtimeService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final Messages messages;
  private final Clock clock;

  CceYearPlans(CceYearPlanRepository plans, PlannedCceRepository planned, CceRepository cces,
      RuntimeService runtimeService, EngineAccess engineAccess, Access access, Messages messages, Clock clock) {
    this.plans = plans;
    this.planned = planned;
    this.cces = cces;
    this.runtimeService = runtimeService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public YearView year(int year) {
    access.requireStaff();
    return view(checked(year));
  }

  @Transactional
  public YearView setTarget(int year, Integer target) {
    access.requireStaff();
    if (target == null || target < 0 || target > MAX_TARGET) {
      throw new InvalidInputException("target", messages.say("cceYear.target.invalid"));
    }
    plan(checked(year)).target(target, clock.instant());
    return view(year);
  }

  /** A café planned in that year: a commune and a day of the year; a place and co-organisers if known. */
  @Transactional
  public YearView addPlanned(int year, String commune, LocalDate day, String venue, String coOrganisers) {
    access.requireStaff();
    checked(year);
    if (commune == null || commune.isBlank() || commune.length() > 100) {
      throw new InvalidInputException("commune", messages.say("cceYear.commune.invalid"));
    }
    if (day == null || day.getYear() != year) {
      throw new InvalidInputException("day", messages.say("cceYear.day.invalid",
          String.valueOf(year)));
    }
    if (venue != null && venue.length() > 200) {
      throw new InvalidInputException("venue", messages.say("cceYear.venue.invalid"));
    }
    if (coOrganisers != null && coOrganisers.length() > 300) {
      throw new InvalidInputException("coOrganisers", messages.say("cceYear.coOrganisers.invalid"));
    }
    plan(year);
    planned.save(new PlannedCce(year, commune.strip(), day, blankToNull(venue), blankToNull(coOrganisers),
        clock.instant()));
    return view(year);
  }

  /**
   * Starts the CCE of a planned café: its process begins with the commune, and the coordination's first task
   * ("Organiser le Café Contact Emploi") finds the date and the place prefilled. A café starts once.
   */
  @Transactional
  public String start(long plannedId) {
    access.requireStaff();
    PlannedCce entry = planned.findById(plannedId)
        .orElseThrow(() -> new NotFoundException(messages.say("cceYear.notFound")));
    if (entry.getCceReference() != null) {
      throw new ConflictException(messages.say("cceYear.alreadyStarted", entry.getCceReference()));
    }
    Map<String, Object> variables = new HashMap<>();
    CceProcess.Vars.CITY.put(variables, entry.getCommune());
    variables.put(CceProcess.Vars.EVENT_DATE.name(), entry.getPlannedOn().toString()); // as the form's date field
    if (entry.getVenue() != null) {
      CceProcess.Vars.VENUE.put(variables, entry.getVenue());
    }
    String reference = engineAccess.asSystem(() -> runtimeService.startProcessInstanceByKey(CceProcess.KEY, variables))
        .getBusinessKey();
    entry.started(reference);
    return reference;
  }

  /**
   * Whether the year has fallen behind at the start of this month: fewer cafés held than the target's share of the
   * months gone by; the words of the coordination's task if so, else none.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<String> behind() {
    LocalDate today = LocalDate.now(clock);
    YearView view = view(today.getYear());
    if (view.held() >= view.expectedByNow()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(messages.say("cceYear.behind", String.valueOf(view.year()),
        view.held(), view.expectedByNow(), view.target(), FrenchDates.day(today), view.plannedCount(),
        view.planned().stream().filter(Planned::startable).count()));
  }

  /** The year the monthly check is about, as its task names it ("Année 2027"). */
  public String subject() {
    return messages.say("cceYear.subject", String.valueOf(LocalDate.now(clock).getYear()));
  }

  private YearView view(int year) {
    CceYearPlan plan = plans.findById(year).orElse(null);
    int target = plan == null ? 0 : plan.getTarget();
    LocalDate today = LocalDate.now(clock);
    long held = cces.findByEventDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .filter(cce -> HELD.contains(cce.getStatus())).count();
    int monthsGone = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue() - 1;
    long expected = (long) Math.floor(target * monthsGone / 12.0);
    List<Planned> calendar = planned.findByPlanYearOrderByPlannedOnAscCommuneAsc(year).stream().map(this::planned)
        .toList();
    return new YearView(year, target, held, expected, calendar.size(), calendar);
  }

  private static final Set<CafeContactEmploi.Status> HELD = Set.of(CafeContactEmploi.Status.HELD,
      CafeContactEmploi.Status.REPORTED);

  private Planned planned(PlannedCce entry) {
    String state;
    if (entry.getCceReference() == null) {
      state = messages.say("cceYear.state.toStart");
    } else {
      CafeContactEmploi cce = cces.findByReference(entry.getCceReference()).orElse(null);
      state = cce == null ? messages.say("cceYear.state.started") : messages.say("cceYear.state." + cce.getStatus());
    }
    return new Planned(entry.getId(), FrenchDates.day(entry.getPlannedOn()), entry.getCommune(), entry.getVenue(),
        entry.getCoOrganisers(), state, entry.getCceReference(), entry.getCceReference() == null);
  }

  private int checked(int year) {
    int now = LocalDate.now(clock).getYear();
    if (year < now - 5 || year > now + 5) {
      throw new InvalidInputException("year", messages.say("cceYear.year.invalid"));
    }
    return year;
  }

  private CceYearPlan plan(int year) {
    return plans.findById(year).orElseGet(() -> plans.save(new CceYearPlan(year, clock.instant())));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
