package fr.pcpe.workflow.link;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.ClientFailures;
import fr.pcpe.workflow.system.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every link's page does with an answer: a refused link becomes a French problem ({@link Problems}) (404 unknown,
 * 410 used, expired or done), bad input its French message (400, the link stays usable), and a client
 * that tries unknown tokens is answered 429 for a while, whichever kind of link it tries. A valid link always
 * works: its token cannot be guessed, so a shared address blocked by another client's guesses refuses nobody.
 */
@Component
public class LinkGuard {

  private final ClientFailures failures;
  private final Messages messages;
  private final Problems problems;

  LinkGuard(PcpeProperties properties, Clock clock, Messages messages, Problems problems) {
    this.failures = new ClientFailures(properties.links().clientMaxFailures(), properties.links().clientWindow(), clock);
    this.messages = messages;
    this.problems = problems;
  }

  public ResponseEntity<?> guarded(HttpServletRequest request, Supplier<ResponseEntity<?>> action) {
    String client = request.getRemoteAddr();
    boolean blocked = failures.blockedUntil(client) != null;
    try {
      return action.get();
    } catch (LinkRefused refused) {
      if (refused.isUnknown()) {
        failures.failed(client); // guessing tokens; a used or expired link of one's own is no attack
        if (blocked) {
          return answer(HttpStatus.TOO_MANY_REQUESTS, "link.tooManyAttempts");
        }
      }
      return answer(refused.isUnknown() ? HttpStatus.NOT_FOUND : HttpStatus.GONE, refused.messageKey());
    } catch (InvalidInputException badInput) {
      return problems.invalid(Map.of(badInput.field(), badInput.getMessage()));
    } catch (FormFieldValidationException badInput) {
      return problems.answer(HttpStatus.BAD_REQUEST, badInput.getMessage());
    }
  }

  private ResponseEntity<?> answer(HttpStatus status, String messageKey) {
    return problems.answer(status, messages.say(messageKey));
  }
}
