package fr.pcpe.workflow.privacy;

import fr.pcpe.workflow.privacy.PersonalDataAction.Reason;
import fr.pcpe.workflow.system.web.SitePageData;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The personal data page's reasons for an action, labelled from messages.properties by its template. */
@Component
class PersonalDataPageData implements SitePageData {

  /** The reasons staff give; the retention period is the application's own. */
  static final List<Reason> CHOSEN = List.of(Reason.PERSON_REQUEST, Reason.NO_LONGER_NEEDED, Reason.LEGAL_REQUEST);

  @Override
  public String path() {
    return "/donnees-personnelles";
  }

  @Override
  public void fill(Model model) {
    model.addAttribute("reasons", CHOSEN);
  }
}
