package fr.pcpe.workflow.network;

import fr.pcpe.workflow.partner.StructureType;
import fr.pcpe.workflow.system.web.SitePageData;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The network page's choices, labelled from messages.properties by its template. */
@Component
class NetworkPageData implements SitePageData {

  @Override
  public String path() {
    return "/reseau";
  }

  @Override
  public void fill(Model model) {
    model.addAttribute("structureTypes", StructureType.values());
    model.addAttribute("roles", NetworkPerson.Role.values());
  }
}
