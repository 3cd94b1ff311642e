package fr.pcpe.workflow.directory;

import fr.pcpe.workflow.link.LinkEndpoint;
import fr.pcpe.workflow.link.LinkGuard;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A structure's directory page without an account, from a reminder's link: the page, and its save (which uses the
 * link).
 */
@RestController
@RequestMapping("/links/directory")
class DirectoryLinkController extends LinkEndpoint<DirectoryEntry> {

  private final Directory directory;

  DirectoryLinkController(Directory directory, LinkGuard guard) {
    super(guard);
    this.directory = directory;
  }

  @Override
  protected Object open(String token) {
    return directory.byLink(token);
  }

  @Override
  protected Object answer(String token, DirectoryEntry entry) {
    return directory.saveByLink(token, entry);
  }
}
