package fr.pcpe.workflow.cce;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The year's plan of Cafés Contact Emploi: its target, its calendar, each café started from it (PCPE staff). */
@RestController
class CceYearPlanController {

  private final CceYearPlans plans;

  CceYearPlanController(CceYearPlans plans) {
    this.plans = plans;
  }

  /** A year's target. */
  record TargetRequest(Integer target) {
  }

  /** A café to plan: its commune and day; its place and co-organisers if known. */
  record PlannedRequest(String commune, LocalDate day, String venue, String coOrganisers) {
  }

  @Operation(summary = "A year's plan: target, CCEs held, expected by now, the calendar")
  @GetMapping("/api/cce-plan/{year}")
  CceYearPlans.YearView year(@PathVariable int year) {
    return plans.year(year);
  }

  @Operation(summary = "Set a year's target of CCEs")
  @PutMapping(path = "/api/cce-plan/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  CceYearPlans.YearView target(@PathVariable int year, @RequestBody TargetRequest request) {
    return plans.setTarget(year, request.target());
  }

  @Operation(summary = "Plan a CCE in a commune on a day of the year, with its co-organisers")
  @PostMapping(path = "/api/cce-plan/{year}/cafes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  CceYearPlans.YearView plan(@PathVariable int year, @RequestBody PlannedRequest request) {
    return plans.addPlanned(year, request.commune(), request.day(), request.venue(), request.coOrganisers());
  }

  @Operation(summary = "Start a planned CCE (once)")
  @PostMapping("/api/cce-plan/cafes/{id}/start")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> start(@PathVariable long id) {
    return Map.of("reference", plans.start(id));
  }
}
