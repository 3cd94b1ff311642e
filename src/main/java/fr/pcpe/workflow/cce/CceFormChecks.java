package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's checks of the CCE's forms (docs/adr/0002), named as cafe-contact-emploi.bpmn calls them. */
@Configuration(proxyBeanMethods = false)
class CceFormChecks {

  /** The day's sheet, and the invitations it must stay within. */
  record Attendance(AttendanceSheet sheet, List<Long> invitations) {

    Map<String, String> violations() {
      return sheet.isConsistentWith(invitations) ? Map.of() : Map.of(Vars.ATTENDEES.name(), "cce.attendance.invalid");
    }
  }

  @Bean
  FormCheck<CcePlan> validateCcePlanListener(FormRules rules) {
    return FormCheck.of(rules, CcePlan::read, CcePlan::violations);
  }

  /** Real job offers, still open. */
  @Bean
  FormCheck<List<Long>> validateCceOffersListener(FormRules rules, CceService cces) {
    return FormCheck.of(rules, Vars.OFFERS::from,
        (offers, today) -> cces.offersExist(offers) ? Map.of() : Map.of(Vars.OFFERS.name(), "cce.offers.required"));
  }

  @Bean
  FormCheck<Attendance> validateAttendanceListener(FormRules rules, CceService cces) {
    return FormCheck.of(rules, execution -> new Attendance(AttendanceSheet.read(execution),
            cces.invitationsOf(execution.getProcessBusinessKey()).stream().map(CceInvitation::getId).toList()),
        (attendance, today) -> attendance.violations());
  }
}
