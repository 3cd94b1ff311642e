package fr.pcpe.workflow.privacy;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.privacy.PersonalDataAction.Reason;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's rights over their data, exercised by PCPE staff (docs/adr/0008). */
@RestController
class PersonalDataController {

  private final PersonalDataService personalData;
  private final PersonalDataExport exports;
  private final Messages messages;

  PersonalDataController(PersonalDataService personalData, PersonalDataExport exports, Messages messages) {
    this.personalData = personalData;
    this.exports = exports;
    this.messages = messages;
  }

  /** Why an action is taken, from a closed list. */
  record ActionRequest(@NotNull(message = "{personalData.reason.required}") Reason reason) {

    @AssertTrue(message = "{personalData.reason.required}")
    boolean isChosenByStaff() {
      return reason == null || PersonalDataPageData.CHOSEN.contains(reason);
    }
  }

  @Operation(summary = "Everything held about a candidate, as a JSON file (art. 15; PCPE staff)")
  @GetMapping("/api/candidates/{id}/export")
  ResponseEntity<Map<String, Object>> export(@PathVariable long id, @RequestParam Reason reason,
      @RequestParam(defaultValue = "false") boolean download) {
    if (!PersonalDataPageData.CHOSEN.contains(reason)) {
      throw new InvalidInputException("reason", messages.say("personalData.reason.required"));
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (download) {
      response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"donnees-candidat-" + id + ".json\"");
    }
    return response.body(exports.export(id, reason));
  }

  @Operation(summary = "Erase a candidate's personal data now (art. 17; PCPE staff); 409 while the law keeps it")
  @PostMapping("/api/candidates/{id}/erasure")
  Map<String, String> erase(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
    boolean erased = personalData.erase(id, request.reason());
    return Map.of("message", messages.say(erased ? "personalData.erased" : "personalData.alreadyErased"));
  }

  @Operation(summary = "The candidate withdrew their consent: no more emails, nothing new, open processes ended (PCPE staff)")
  @PostMapping("/api/candidates/{id}/consent-withdrawal")
  Map<String, String> withdrawConsent(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
    personalData.withdrawConsent(id, request.reason());
    return Map.of("message", messages.say("personalData.consentWithdrawn"));
  }

  @Operation(summary = "The actions taken on a candidate's data: what, why, by whom, when (PCPE staff)")
  @GetMapping("/api/candidates/{id}/personal-data-actions")
  List<PersonalDataAction> actions(@PathVariable long id) {
    return personalData.actionsOn(id);
  }
}
