package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.link.LinkEndpoint;
import fr.pcpe.workflow.link.LinkGuard;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page where an invited person chooses their password (no account yet). */
@RestController
@RequestMapping("/links/password")
class PasswordLinkController extends LinkEndpoint<PasswordLinkController.Choice> {

  private final NetworkPasswords passwords;
  private final Messages messages;

  PasswordLinkController(NetworkPasswords passwords, LinkGuard guard, Messages messages) {
    super(guard);
    this.passwords = passwords;
    this.messages = messages;
  }

  record Choice(String password) {
  }

  @Override
  protected Object open(String token) {
    return passwords.openInvitation(token);
  }

  @Override
  protected Object answer(String token, Choice choice) {
    passwords.choosePassword(token, choice.password());
    return said(messages.say("link.password.done"));
  }
}
