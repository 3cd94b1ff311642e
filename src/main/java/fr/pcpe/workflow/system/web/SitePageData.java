package fr.pcpe.workflow.system.web;

import org.springframework.ui.Model;

/** What a feature gives one page of the site to show, rendered by the server in the site's layout. */
public interface SitePageData {

  /** The page's path, one of {@link SitePage}'s. */
  String path();

  /** Adds what the page's template shows. */
  void fill(Model model);
}
