package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks of learning-visit.bpmn's forms, and the variables its tasks copy from the visit's record. */
@Configuration(proxyBeanMethods = false)
class VisitFormChecks {

  @Bean
  CopiedFromRecords visitCopiedFromRecords() {
    return CopiedFromRecords.of(VisitProcess.KEY, Vars.SUBJECT, Vars.CONTEXT);
  }

  /** The record: what the visit taught (required), and only the visit's invitees as attendees. */
  record VisitRecord(List<Long> attendeeIds, String takeaways, boolean invitees) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (!invitees) {
        violations.put(Vars.ATTENDEE_IDS.name(), "visit.attendees.invalid");
      }
      if (takeaways == null || takeaways.isBlank() || takeaways.length() > 2000) {
        violations.put(Vars.TAKEAWAYS.name(), "visit.takeaways.invalid");
      }
      return violations;
    }
  }

  @Bean
  FormCheck<VisitRecord> validateVisitRecordListener(FormRules rules, LearningVisits visits) {
    return FormCheck.of(rules, execution -> {
      List<Long> ids = Vars.ATTENDEE_IDS.from(execution);
      return new VisitRecord(ids, Vars.TAKEAWAYS.from(execution),
          visits.invitees(execution.getProcessBusinessKey(), ids));
    }, (record, today) -> record.violations());
  }

}
