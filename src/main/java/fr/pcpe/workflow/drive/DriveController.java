package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/drives")
class DriveController {

  private final DriveService driveService;
  private final CurrentUser currentUser;

  DriveController(DriveService driveService, CurrentUser currentUser) {
    this.driveService = driveService;
    this.currentUser = currentUser;
  }

  @GetMapping("/{reference}")
  DriveView drive(@PathVariable String reference) {
    return driveService.view(reference, currentUser.groupIds());
  }
}
