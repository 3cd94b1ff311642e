package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person invited to the network chooses their password from the emailed single-use link. */
@Service
class NetworkPasswords {

  private final SecureLinks links;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final Messages messages;

  NetworkPasswords(SecureLinks links, IdentityService identityService, EngineAccess engineAccess, Messages messages) {
    this.links = links;
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.messages = messages;
  }

  /** Who a password link is for (first name, login), or why it cannot be used; changes nothing. */
  @Transactional(readOnly = true)
  Map<String, String> openInvitation(String token) {
    SecureLink link = links.open(SecureLink.Purpose.PASSWORD, token);
    User user = engineAccess.asSystem(() -> identityService.createUserQuery().userId(link.getSubject()).singleResult());
    return Map.of("firstName", user.getFirstName(), "login", user.getId());
  }

  /** Sets the password chosen from the link (the password policy applies), then the link is used. */
  @Transactional
  void choosePassword(String token, String password) {
    SecureLink link = links.open(SecureLink.Purpose.PASSWORD, token);
    if (password == null || password.length() > 200) {
      throw new InvalidInputException("password", messages.say("network.password.invalid"));
    }
    engineAccess.asSystem(() -> {
      User user = identityService.createUserQuery().userId(link.getSubject()).singleResult();
      if (!identityService.checkPasswordAgainstPolicy(password, user).isValid()) {
        throw new InvalidInputException("password", messages.say("network.password.policy"));
      }
      user.setPassword(password);
      try {
        identityService.saveUser(user);
      } catch (ProcessEngineException refused) {
        throw new InvalidInputException("password", messages.say("network.password.policy"));
      }
      identityService.unlockUser(user.getId());
    });
    links.useOnce(link);
  }
}
