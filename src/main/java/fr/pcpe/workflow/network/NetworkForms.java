package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.EmailAddress;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.common.Siret;
import fr.pcpe.workflow.partner.StructureType;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a coordinator submits to bring in the network, with its rules (field → message key). */
final class NetworkForms {

  private NetworkForms() {
  }

  /** A partner structure: name, type, commune, contact email, the head's email, an optional SIRET. */
  record StructureForm(String name, StructureType type, String city, String email, String headEmail, String siret) {

    StructureForm {
      name = FormValues.text(name);
      city = FormValues.text(city);
      email = FormValues.text(email);
      headEmail = FormValues.text(headEmail);
      siret = Siret.normalize(FormValues.text(siret));
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (name == null || name.length() > 200) {
        violations.put(StructureRegistrationProcess.Vars.NAME.name(), "network.structure.name.invalid");
      }
      if (type == null) {
        violations.put(StructureRegistrationProcess.Vars.TYPE.name(), "network.structure.type.invalid");
      }
      if (city != null && city.length() > 100) {
        violations.put(StructureRegistrationProcess.Vars.CITY.name(), "network.structure.city.invalid");
      }
      if (!EmailAddress.isValid(email)) {
        violations.put(InvitationProcess.Vars.EMAIL.name(), "network.email.invalid");
      }
      if (headEmail != null && !EmailAddress.isValid(headEmail)) {
        violations.put(StructureRegistrationProcess.Vars.HEAD_EMAIL.name(), "network.email.invalid");
      }
      if (siret != null && !Siret.isValid(siret)) {
        violations.put(StructureRegistrationProcess.Vars.SIRET.name(), "onboarding.siret.invalid");
      }
      return violations;
    }
  }

  /** Who a person is for the network: their name and email, which only the coordination changes. */
  record IdentityForm(String firstName, String lastName, String email) {

    IdentityForm {
      firstName = FormValues.text(firstName);
      lastName = FormValues.text(lastName);
      email = FormValues.text(email);
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (firstName == null || firstName.length() > 100) {
        violations.put(InvitationProcess.Vars.FIRST_NAME.name(), "candidate.firstName.required");
      }
      if (lastName == null || lastName.length() > 100) {
        violations.put(InvitationProcess.Vars.LAST_NAME.name(), "candidate.lastName.required");
      }
      if (!EmailAddress.isValid(email)) {
        violations.put(InvitationProcess.Vars.EMAIL.name(), "network.email.invalid");
      }
      return violations;
    }
  }

  /** A person to invite: name, email, role, and the structure or employer they belong to. */
  record PersonForm(String firstName, String lastName, String email, NetworkPerson.Role role, Long organizationId) {

    PersonForm {
      firstName = FormValues.text(firstName);
      lastName = FormValues.text(lastName);
      email = FormValues.text(email);
    }

    Map<String, String> violations() {
      Map<String, String> violations = new IdentityForm(firstName, lastName, email).violations();
      if (role == null) {
        violations.put(InvitationProcess.Vars.ROLE.name(), "network.person.role.invalid");
      }
      if (organizationId == null) {
        violations.put("organizationId", "network.person.organization.invalid");
      }
      return violations;
    }
  }
}
