package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.Siret;
import fr.pcpe.workflow.partner.StructureType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a coordinator submits to bring in the network, with its rules (field → message key). */
final class NetworkForms {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private NetworkForms() {
  }

  static boolean isEmail(String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  /** A partner structure: name, type, commune, contact email, the head's email, an optional SIRET. */
  record StructureForm(String name, StructureType type, String city, String email, String headEmail, String siret) {

    StructureForm {
      name = trim(name);
      city = trim(city);
      email = trim(email);
      headEmail = trim(headEmail);
      siret = Siret.normalize(trim(siret));
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (name == null || name.length() > 200) {
        violations.put("name", "network.structure.name.invalid");
      }
      if (type == null) {
        violations.put("type", "network.structure.type.invalid");
      }
      if (city != null && city.length() > 100) {
        violations.put("city", "network.structure.city.invalid");
      }
      if (!isEmail(email)) {
        violations.put("email", "network.email.invalid");
      }
      if (headEmail != null && !isEmail(headEmail)) {
        violations.put("headEmail", "network.email.invalid");
      }
      if (siret != null && !Siret.isValid(siret)) {
        violations.put("siret", "onboarding.siret.invalid");
      }
      return violations;
    }
  }

  /** A person to invite: name, email, role, and the structure or employer they belong to. */
  record PersonForm(String firstName, String lastName, String email, NetworkPerson.Role role, Long organizationId) {

    PersonForm {
      firstName = trim(firstName);
      lastName = trim(lastName);
      email = trim(email);
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (firstName == null || firstName.length() > 100) {
        violations.put("firstName", "candidate.firstName.required");
      }
      if (lastName == null || lastName.length() > 100) {
        violations.put("lastName", "candidate.lastName.required");
      }
      if (!isEmail(email)) {
        violations.put("email", "network.email.invalid");
      }
      if (role == null) {
        violations.put("role", "network.person.role.invalid");
      }
      if (organizationId == null) {
        violations.put("organizationId", "network.person.organization.invalid");
      }
      return violations;
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
