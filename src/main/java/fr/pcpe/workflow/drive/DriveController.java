package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/drives")
class DriveController {

  private final DriveService driveService;
  private final Access access;

  DriveController(DriveService driveService, Access access) {
    this.driveService = driveService;
    this.access = access;
  }

  @GetMapping("/{reference}")
  DriveView drive(@PathVariable String reference) {
    return driveService.view(reference, access.user());
  }
}
