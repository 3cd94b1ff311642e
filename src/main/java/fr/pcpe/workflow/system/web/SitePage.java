package fr.pcpe.workflow.system.web;

import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Arrays;
import java.util.Optional;

/**
 * The pages of the staff site around Tasklist, in the order of its navigation, each with who may open it:
 * the network (PCPE staff and the partner structures' people, who see their own records) or the PCPE staff
 * alone. Employers have Tasklist only.
 */
enum SitePage {

  TASKLIST("/camunda/app/tasklist/", null, "site.page.tasklist", Audience.EVERYONE),
  LATE_FOLLOW_UPS("/suivis-en-retard", "suivis-en-retard", "site.page.lateFollowUps", Audience.NETWORK),
  JOURNEYS("/parcours", "parcours", "site.page.journeys", Audience.NETWORK),
  POOL("/vivier", "vivier", "site.page.pool", Audience.NETWORK),
  IMPACT("/impact", "impact", "site.page.impact", Audience.NETWORK),
  DIRECTORY("/annuaire", "annuaire", "site.page.directory", Audience.NETWORK),
  NETWORK("/reseau", "reseau", "site.page.network", Audience.STAFF),
  CCE_YEAR("/plan-des-cafes", "plan-des-cafes", "site.page.cceYear", Audience.STAFF),
  PROJECTS("/projets-incubes", "projets-incubes", "site.page.projects", Audience.STAFF),
  PERSONAL_DATA("/donnees-personnelles", "donnees-personnelles", "site.page.personalData", Audience.STAFF),
  MAILS("/courriels", "courriels", "site.page.mails", Audience.STAFF),
  /** The demo's mail catcher's inbox: there only when a feature gives it (the demo profile). */
  DEMO_MAIL("/courrier-demo", "courrier-demo", "site.page.demoMail", Audience.STAFF);

  enum Audience { EVERYONE, NETWORK, STAFF }

  private final String path;
  private final String template;
  private final String labelKey;
  private final Audience audience;

  SitePage(String path, String template, String labelKey, Audience audience) {
    this.path = path;
    this.template = template;
    this.labelKey = labelKey;
    this.audience = audience;
  }

  String path() {
    return path;
  }

  String template() {
    return template;
  }

  String labelKey() {
    return labelKey;
  }

  Audience audience() {
    return audience;
  }

  boolean openTo(Caller caller) {
    return switch (audience) {
      case EVERYONE -> true;
      case NETWORK -> caller.isStaff() || caller.groupIds().stream().anyMatch(group -> group.startsWith(PcpeGroups.STRUCTURE_PREFIX));
      case STAFF -> caller.isStaff();
    };
  }

  /** The page served at this path (or at its former static address, "/impact.html"). */
  static Optional<SitePage> at(String path) {
    String page = path.endsWith(".html") ? path.substring(0, path.length() - ".html".length()) : path;
    return Arrays.stream(values()).filter(candidate -> candidate.template != null && candidate.path.equals(page)).findFirst();
  }
}
