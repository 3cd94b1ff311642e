package fr.pcpe.workflow.system.web;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import fr.pcpe.workflow.system.security.PersonNames;
import fr.pcpe.workflow.system.security.WebappSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The staff site around Tasklist (docs/adr/0011): each page rendered by the server in one layout, with a header
 * naming the person logged in to Tasklist and the navigation their role may open. Nobody logged in is sent to
 * Tasklist's login; a page the role may not open says so, and shows nothing else.
 */
@Controller
class SiteController {

  private final IdentityService identityService;
  private final PersonNames names;
  private final Messages messages;
  private final Map<String, SitePageData> data;

  SiteController(IdentityService identityService, PersonNames names, Messages messages, List<SitePageData> data) {
    this.identityService = identityService;
    this.names = names;
    this.messages = messages;
    this.data = data.stream().collect(Collectors.toMap(SitePageData::path, Function.identity()));
  }

  /** A link of the navigation. */
  record Link(String label, String href, boolean current) {
  }

  /** What the layout shows: who is there, as what, where they may go, and whether they act for the coordination. */
  record Site(String personName, String roleLabel, List<Link> navigation, boolean staff) {
  }

  @GetMapping({"/suivis-en-retard", "/parcours", "/vivier", "/impact", "/annuaire", "/reseau", "/plan-des-cafes", "/projets-incubes",
      "/donnees-personnelles", "/courriels", "/courrier-demo"})
  String page(HttpServletRequest request, HttpServletResponse response, Model model) throws NoResourceFoundException {
    SitePage page = SitePage.at(request.getRequestURI()).filter(this::available)
        .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, request.getRequestURI()));
    Caller caller = WebappSession.caller(request);
    if (caller == null) {
      return "redirect:" + SitePage.TASKLIST.path();
    }
    model.addAttribute("site", site(caller, page));
    if (!page.openTo(caller)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("refusal", messages.say(page.audience() == SitePage.Audience.STAFF ? "site.refused.staff"
          : "site.refused.network"));
      return "refus";
    }
    if (data.containsKey(page.path())) {
      data.get(page.path()).fill(model);
    }
    return page.template();
  }

  /** A page a feature must give its data to is there only when the feature is (the demo's inbox). */
  private boolean available(SitePage page) {
    return page != SitePage.DEMO_MAIL || data.containsKey(page.path());
  }

  /** The former static pages' addresses (emails, bookmarks) lead to the pages. */
  @GetMapping({"/suivis-en-retard.html", "/parcours.html", "/vivier.html", "/impact.html", "/reseau.html",
      "/projets-incubes.html", "/donnees-personnelles.html", "/courriels.html"})
  String formerAddress(HttpServletRequest request) {
    return "redirect:" + SitePage.at(request.getRequestURI()).orElseThrow().path();
  }

  /** The navigation of the person logged in to Tasklist: Tasklist's header shows it (scripts/site-link.js). */
  @GetMapping("/site/navigation")
  @ResponseBody
  ResponseEntity<List<Link>> navigation(HttpServletRequest request) {
    Caller caller = WebappSession.caller(request);
    return caller == null ? ResponseEntity.status(HttpStatus.UNAUTHORIZED).build()
        : ResponseEntity.ok().header("Cache-Control", "no-store").body(navigation(caller, SitePage.TASKLIST));
  }

  private Site site(Caller caller, SitePage current) {
    return new Site(names.of(caller.userId()), roleLabel(caller), navigation(caller, current), caller.isStaff());
  }

  private List<Link> navigation(Caller caller, SitePage current) {
    return Arrays.stream(SitePage.values()).filter(page -> page.openTo(caller) && available(page))
        .map(page -> new Link(messages.say(page.labelKey()), page.path(), page == current)).toList();
  }

  /** The coordination, the administration, or the name of the person's structure or employer. */
  private String roleLabel(Caller caller) {
    if (caller.isAdmin()) {
      return messages.say("site.role.admin");
    }
    if (caller.isStaff()) {
      return messages.say("site.role.coordinator");
    }
    return identityService.createGroupQuery().groupMember(caller.userId()).list().stream()
        .filter(group -> group.getId().startsWith(PcpeGroups.STRUCTURE_PREFIX) || group.getId().startsWith(PcpeGroups.EMPLOYER_PREFIX))
        .min(Comparator.comparing((Group group) -> group.getId().endsWith("-heads")).thenComparing(Group::getId))
        .map(Group::getName).orElse(messages.say("site.role.network"));
  }
}
