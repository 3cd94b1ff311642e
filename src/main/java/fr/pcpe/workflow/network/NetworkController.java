package fr.pcpe.workflow.network;

import fr.pcpe.workflow.network.NetworkForms.IdentityForm;
import fr.pcpe.workflow.network.NetworkForms.PersonForm;
import fr.pcpe.workflow.network.NetworkForms.StructureForm;
import fr.pcpe.workflow.partner.PartnerStructure;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The network's administration for PCPE coordinators: structures, their people, employers' contacts. */
@RestController
class NetworkController {

  private final NetworkService network;
  private final NetworkOverview overview;

  NetworkController(NetworkService network, NetworkOverview overview) {
    this.network = network;
    this.overview = overview;
  }

  record StructureView(Long id, String name, String type, String city, String email, String headEmail, String siret,
      boolean active) {

    static StructureView of(PartnerStructure structure) {
      return new StructureView(structure.getId(), structure.getName(), structure.getType().name(), structure.getCity(),
          structure.getEmail(), structure.getHeadEmail(), structure.getSiret(), structure.isActive());
    }
  }

  record PersonView(String login, String role, boolean active) {
  }

  @Operation(summary = "Everything the network holds: structures and employers, their people by name, last login, open tasks")
  @GetMapping("/api/network")
  NetworkView overview() {
    return overview.listing();
  }

  @Operation(summary = "Register a partner structure (its groups and Tasklist filters follow)")
  @PostMapping("/api/network/structures")
  @ResponseStatus(HttpStatus.CREATED)
  StructureView register(@RequestBody StructureForm form) {
    return StructureView.of(network.registerStructure(form));
  }

  @Operation(summary = "Edit a partner structure")
  @PutMapping("/api/network/structures/{id}")
  StructureView edit(@PathVariable long id, @RequestBody StructureForm form) {
    return StructureView.of(network.editStructure(id, form));
  }

  @Operation(summary = "Deactivate a partner structure and its people")
  @PostMapping("/api/network/structures/{id}/deactivation")
  StructureView deactivate(@PathVariable long id) {
    return StructureView.of(network.deactivateStructure(id));
  }

  @Operation(summary = "Invite a person to a structure (referent, head) or an employer (contact): an email with a single-use link to choose a password")
  @PostMapping("/api/network/people")
  @ResponseStatus(HttpStatus.CREATED)
  PersonView invite(@RequestBody PersonForm form) {
    NetworkPerson person = network.invite(form);
    return new PersonView(person.getUserId(), person.getRole().name(), person.isActive());
  }

  @Operation(summary = "Change a person's name or email (PCPE staff only; both addresses are told)")
  @PutMapping("/api/network/people/{login}")
  void changeIdentity(@PathVariable String login, @RequestBody IdentityForm form) {
    network.changeIdentity(login, form);
  }

  @Operation(summary = "Send a person a new invitation (the previous links stop working)")
  @PostMapping("/api/network/people/{login}/invitation")
  void reinvite(@PathVariable String login) {
    network.reinvite(login);
  }

  @Operation(summary = "Deactivate a person: no more login, their tasks back to their group")
  @PostMapping("/api/network/people/{login}/deactivation")
  void deactivatePerson(@PathVariable String login) {
    network.deactivatePerson(login);
  }
}
