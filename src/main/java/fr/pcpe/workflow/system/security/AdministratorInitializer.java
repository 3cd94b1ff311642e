package fr.pcpe.workflow.system.security;

import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.engine.StartRefusedException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Creates the PCPE's groups and the first administrator from configuration (PCPE_ADMIN_USER,
 * PCPE_ADMIN_PASSWORD) while the application starts, before the web server accepts any request. A
 * missing or weak password stops the start with a message saying what to set; only the local demo
 * profile may fall back to its demo password. When PCPE_ADMIN_PASSWORD is set, it is the
 * administrator's password after every start, and the account is unlocked: a restart gives a single
 * administrator their access back. Runs after the check that the database holds no demo users.
 */
@Component
@DependsOn("demoDatabaseGuard")
class AdministratorInitializer implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorInitializer.class);

  private static final String FIRST_NAME = "Administrateur";
  private static final String LAST_NAME = "Principal";
  private static final String HOW_TO_SET = "Set the environment variable PCPE_ADMIN_PASSWORD to a password of at "
      + "least 10 characters with an upper-case letter, a lower-case letter, a digit and a special character, "
      + "not containing the user name (PCPE_ADMIN_USER, default 'admin') and not a common password. "
      + "Only the local demo profile (./mvnw spring-boot:run) runs without it.";

  private final PcpeProperties properties;
  private final IdentityService identityService;
  private final AccessProvisioning accessProvisioning;

  AdministratorInitializer(PcpeProperties properties, IdentityService identityService,
      AccessProvisioning accessProvisioning) {
    this.properties = properties;
    this.identityService = identityService;
    this.accessProvisioning = accessProvisioning;
  }

  @Override
  public void afterPropertiesSet() {
    String userId = properties.admin().user();
    String password = administratorPassword();
    User candidate = identityService.newUser(userId);
    candidate.setFirstName(FIRST_NAME);
    candidate.setLastName(LAST_NAME);
    PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password, candidate);
    if (!policy.isValid()) {
      String broken = policy.getViolatedRules().stream()
          .map(AdministratorInitializer::describe)
          .collect(Collectors.joining(", "));
      throw new StartRefusedException("PCPE_ADMIN_PASSWORD is too weak (" + broken + ").", HOW_TO_SET);
    }

    accessProvisioning.provisionSystemGroups();
    boolean existed = identityService.createUserQuery().userId(userId).count() > 0;
    accessProvisioning.ensureUser(userId, FIRST_NAME, LAST_NAME, null, password, PcpeGroups.ADMIN,
        Groups.CAMUNDA_ADMIN);
    if (existed && properties.admin().hasPassword()) {
      accessProvisioning.resetPassword(userId, password);
      LOG.info("Administrator '{}': password set from PCPE_ADMIN_PASSWORD, account unlocked", userId);
    } else if (existed) {
      LOG.info("Administrator '{}' already exists", userId);
    } else {
      LOG.info("Administrator '{}' created from configuration", userId);
    }
  }

  private static String describe(PasswordPolicyRule rule) {
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "fewer than " + rule.getParameters().get("minLength") + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "no lower-case letter";
      case "PASSWORD_POLICY_UPPERCASE" -> "no upper-case letter";
      case "PASSWORD_POLICY_DIGIT" -> "no digit";
      case "PASSWORD_POLICY_SPECIAL" -> "no special character";
      case "PASSWORD_POLICY_USER_DATA" -> "contains the user's id or name";
      case "PASSWORD_POLICY_COMMON" -> "one of the most common passwords";
      default -> rule.getPlaceholder();
    };
  }

  private String administratorPassword() {
    if (properties.admin().hasPassword()) {
      return properties.admin().password();
    }
    if (properties.demo().enabled() && properties.demo().password() != null) {
      return properties.demo().password();
    }
    throw new StartRefusedException("PCPE_ADMIN_PASSWORD is not set.", HOW_TO_SET);
  }
}
