package fr.pcpe.workflow.directory;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services directory's API: the network searches it, a structure writes its own page from its account (or
 * from the emailed link: {@link DirectoryLinkController}), the coordination exports it.
 */
@RestController
class DirectoryController {

  private final Directory directory;

  DirectoryController(Directory directory) {
    this.directory = directory;
  }

  @Operation(summary = "The partner structures' services, by commune, audience and theme (the network's members)")
  @GetMapping("/api/directory")
  List<Directory.Listing> search(@RequestParam(required = false) String commune,
      @RequestParam(required = false) Audience audience, @RequestParam(required = false) Theme theme) {
    return directory.search(commune, audience, theme);
  }

  @Operation(summary = "The caller's own structure's page (a structure's people and heads)")
  @GetMapping("/api/directory/mine")
  Directory.OwnPage mine() {
    return directory.mine();
  }

  @Operation(summary = "Write the caller's own structure's page")
  @PutMapping(path = "/api/directory/mine", consumes = MediaType.APPLICATION_JSON_VALUE)
  Directory.OwnPage saveMine(@Valid @RequestBody DirectoryEntry entry) {
    return directory.saveMine(entry);
  }

  @Operation(summary = "The directory in the data·inclusion schema: structures and services (PCPE staff)")
  @GetMapping(path = "/api/directory/data-inclusion.json", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> dataInclusion() {
    return directory.dataInclusion();
  }
}
