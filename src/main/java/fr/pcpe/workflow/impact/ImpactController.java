package fr.pcpe.workflow.impact;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class ImpactController {

  private final ImpactFigures impact;

  ImpactController(ImpactFigures impact) {
    this.impact = impact;
  }

  @Operation(summary = "Impact figures for a period (this year by default) and a commune: drives, CCEs, follow-ups,"
      + " partners, incubation; counts of fewer than 5 people masked (PCPE staff)")
  @GetMapping("/api/impact")
  @ResponseBody
  ImpactFigures.Impact figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String commune) {
    return impact.of(impact.period(from, to, commune));
  }

  @Operation(summary = "One table of the impact figures as CSV (semicolon-separated, UTF-8), masked as on the page")
  @GetMapping("/api/impact/{table}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String table,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String commune) {
    var period = impact.period(from, to, commune);
    // a byte order mark, so that spreadsheets read the accents as UTF-8
    byte[] body = ("\uFEFF" + impact.table(table, period).csv()).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"impact-" + table.replaceAll("[^a-zA-Z]", "")
            + "-" + period.from() + "-" + period.to() + ".csv\"")
        .body(body);
  }
}
