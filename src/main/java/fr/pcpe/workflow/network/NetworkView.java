package fr.pcpe.workflow.network;

import java.time.Instant;
import java.util.List;

/** The network as the listing shows it: every structure and employer, its people by name. */
public record NetworkView(List<Organization> organizations) {

  public record Organization(Long id, NetworkPerson.OrganizationKind kind, String kindLabel, String name, String city,
      boolean active, List<Person> people) {
  }

  public record Person(String login, String name, String firstName, String lastName, String email,
      NetworkPerson.Role role, String roleLabel, boolean active, Instant invitedAt, Instant lastLoginAt,
      long openTasks) {
  }
}
