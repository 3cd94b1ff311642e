package fr.pcpe.workflow.directory;

import fr.pcpe.workflow.system.web.SitePageData;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The directory's two pages: the network's (in the site, with its search and the structure's own form), and the link's. */
final class DirectoryPages {

  private DirectoryPages() {
  }

  /** What the form lists to choose from: data·inclusion's themes and audiences, labelled by the templates. */
  static void choices(Model model) {
    model.addAttribute("themes", List.of(Theme.values()));
    model.addAttribute("audiences", List.of(Audience.values()));
  }

  /** The site's page {@code /annuaire}. */
  @Component
  static class SitePage implements SitePageData {
    @Override
    public String path() {
      return "/annuaire";
    }

    @Override
    public void fill(Model model) {
      choices(model);
    }
  }

  /** The page the reminder's link opens, without an account: its token stays in the fragment. */
  @Controller
  static class LinkPage {
    @GetMapping("/annuaire-structure.html")
    String page(Model model) {
      choices(model);
      return "annuaire-structure";
    }
  }
}
