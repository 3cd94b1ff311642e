package fr.pcpe.workflow.system.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A bean that an attacker's expression would call ({@code ${expressionProbe.hit()}}) if the server
 * evaluated it: the attack tests assert it was never hit.
 */
@Component("expressionProbe")
public class ExpressionProbe {

  private final AtomicInteger hits = new AtomicInteger();

  public String hit() {
    hits.incrementAndGet();
    return "probe";
  }

  int hits() {
    return hits.get();
  }

  void reset() {
    hits.set(0);
  }
}
