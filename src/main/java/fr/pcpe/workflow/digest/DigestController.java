package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.link.LinkGuard;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

@Controller
class DigestController {

  private final DigestService digests;
  private final LinkGuard guard;

  DigestController(DigestService digests, LinkGuard guard) {
    this.digests = digests;
    this.guard = guard;
  }

  /** The archive's page: the latest week, or the one named (its content comes from the API, for the network). */
  @GetMapping({"/hebdo", "/hebdo/{week:\\d{4}-\\d{2}}"})
  String page() {
    return "forward:/hebdo.html";
  }

  /** A published hebdo, as its page shows it. */
  record DigestView(String week, String weekLabel, String introduction, List<Digest.Item> offers) {
  }

  @Operation(summary = "The published hebdos' weeks, newest first (any person of the network)")
  @GetMapping("/api/digests")
  @ResponseBody
  List<String> weeks() {
    return digests.publishedWeeks();
  }

  @Operation(summary = "One published hebdo (any person of the network); 404 for a week not published")
  @GetMapping("/api/digests/{week}")
  @ResponseBody
  DigestView digest(@PathVariable String week) {
    Digest digest = digests.published(week);
    return new DigestView(digest.getWeek(), digests.weekLabel(digest.getWeek()), digest.getIntroduction(),
        digest.getItems());
  }

  /** An offer for the hebdo, as the API takes it. */
  record OfferRequest(String title, String employerName, String romeCode, ContractType contractType, String commune,
      LocalDate closingDate, String details) {
  }

  @Operation(summary = "Record an offer for the hebdo, outside any drive (PCPE staff); 400 naming a bad field")
  @PostMapping("/api/offers")
  @ResponseStatus(HttpStatus.CREATED)
  @ResponseBody
  Map<String, Object> post(@RequestBody OfferRequest request) {
    PostedOffer offer = digests.post(new OfferForm(request.title(), request.employerName(), request.romeCode(),
        request.contractType(), request.commune(), request.closingDate(), request.details()));
    return Map.of("id", offer.getId(), "title", offer.getTitle());
  }

  /** One click from the hebdo's email: no more hebdo for its holder. */
  @PostMapping(path = "/links/unsubscribe", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> unsubscribe(@RequestHeader(name = "X-Link-Token", required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(Map.of("message", digests.unsubscribe(token))));
  }
}
