package fr.pcpe.workflow.impact;

import fr.pcpe.workflow.cce.CceFigures;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.followup.FollowUpFigures;
import fr.pcpe.workflow.incubation.IncubationFigures;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.referral.ReferralFigures;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import fr.pcpe.workflow.visit.VisitFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The PCPE's impact, for funders and the network: every table of figures for a period
 * and a commune, computed from the domain's records, published with small counts masked: the network's for PCPE
 * staff, a structure's own for its people.
 */
@Service
public class ImpactFigures {

  /** The headline figures of the infographic: which table, which row, which column. */
  record Headline(String label, Object value) {
  }

  /** Everything the page shows; {@code structures} names whose own figures they are (none: the network's). */
  record Impact(LocalDate from, LocalDate to, String commune, String structures, List<Headline> headline,
      List<FigureTable> tables) {
  }

  /** What a structure's people see of the figures: their own referrals, hires and follow-ups. */
  private static final Set<String> STRUCTURE_TABLES = Set.of("drives", "structures", "contracts", "retention",
      "satisfactionDrives", "satisfactionStructures", "followUps");

  private final ReferralFigures referrals;
  private final CceFigures cces;
  private final FollowUpFigures followUps;
  private final IncubationFigures incubation;
  private final VisitFigures visits;
  private final Access access;
  private final Messages messages;
  private final Clock clock;
  private final PartnerStructureRepository structureRepository;

  ImpactFigures(ReferralFigures referrals, CceFigures cces, FollowUpFigures followUps, IncubationFigures incubation,
      VisitFigures visits, Access access, Messages messages, Clock clock,
      PartnerStructureRepository structureRepository) {
    this.structureRepository = structureRepository;
    this.referrals = referrals;
    this.cces = cces;
    this.followUps = followUps;
    this.incubation = incubation;
    this.visits = visits;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** The period asked, checked: this year by default, at most ten years, a commune's name at most 100 characters. */
  Period period(LocalDate from, LocalDate to, String commune) {
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today.withDayOfYear(1) : from;
    LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
    if (end.isBefore(start) || end.isAfter(start.plusYears(10))) {
      throw new InvalidInputException("to", messages.say("impact.period.invalid"));
    }
    if (commune != null && commune.length() > 100) {
      throw new InvalidInputException("commune", messages.say("impact.commune.invalid"));
    }
    return new Period(start, end, commune == null || commune.isBlank() ? null : commune.strip(), clock.getZone());
  }

  /** The tables, by id, in the page's order. */
  private Map<String, Function<Period, FigureTable>> tables() {
    Map<String, Function<Period, FigureTable>> tables = new LinkedHashMap<>();
    tables.put("drives", referrals::drives);
    tables.put("structures", referrals::structures);
    tables.put("contracts", referrals::contracts);
    tables.put("retention", referrals::retention);
    tables.put("satisfactionDrives", referrals::satisfactionByDrive);
    tables.put("satisfactionStructures", referrals::satisfactionByStructure);
    tables.put("employers", referrals::employers);
    tables.put("cces", cces::cces);
    tables.put("followUps", followUps::followUps);
    tables.put("learningVisits", visits::visits);
    tables.put("incubation", period -> incubation.stages());
    tables.put("abandoned", incubation::abandoned);
    return tables;
  }

  /**
   * Every table, as published (small counts masked), and the headline figures: the network's for PCPE staff; a
   * structure's people get the same figures restricted to the people their structure accompanies.
   */
  Impact of(Period asked) {
    Period period = scoped(asked);
    Map<String, FigureTable> tables = new LinkedHashMap<>();
    tables().forEach((id, table) -> {
      if (!period.restricted() || STRUCTURE_TABLES.contains(id)) {
        tables.put(id, table.apply(period).published());
      }
    });
    List<Headline> headline = new ArrayList<>(List.of(
        headline("impact.headline.hires", lastRow(tables.get("contracts")).get(1)),
        headline("impact.headline.referred", lastRow(tables.get("structures")).get(2))));
    if (tables.containsKey("cces")) {
      headline.add(headline("impact.headline.attendees", lastRow(tables.get("cces")).get(5)));
    }
    headline.add(headline("impact.headline.followed", tables.get("followUps").rows().get(0).get(1)));
    headline.add(headline("impact.headline.metWithin15Days", tables.get("followUps").rows().get(2).get(1)));
    String structures = period.restricted() ? structureRepository.findByGroupIdIn(period.structures()).stream()
        .map(PartnerStructure::getName).sorted().collect(Collectors.joining(", ")) : null;
    return new Impact(period.from(), period.to(), period.commune(), structures, headline,
        List.copyOf(tables.values()));
  }

  /** One table, as published, for its CSV: only that one is computed. */
  FigureTable table(String id, Period asked) {
    Period period = scoped(asked);
    Function<Period, FigureTable> table = tables().get(id);
    if (table == null || period.restricted() && !STRUCTURE_TABLES.contains(id)) {
      throw new NotFoundException(messages.say("impact.table.unknown"));
    }
    return table.apply(period).published();
  }

  /** The network's figures for PCPE staff; a structure's own for its people (heads included); nothing else. */
  private Period scoped(Period period) {
    Caller caller = access.caller();
    if (caller.isStaff()) {
      return period;
    }
    Set<String> structures = caller.groupIds().stream().map(PcpeGroups::structureGroupOf).flatMap(Optional::stream)
        .collect(Collectors.toSet());
    if (structures.isEmpty()) {
      access.requireStaff();
    }
    return period.of(structures);
  }

  private Headline headline(String key, Object value) {
    return new Headline(messages.say(key), value);
  }

  private static List<Object> lastRow(FigureTable table) {
    return table.rows().get(table.rows().size() - 1);
  }
}
