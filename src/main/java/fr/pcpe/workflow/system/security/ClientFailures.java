package fr.pcpe.workflow.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client's (IP address's) recent failures, on this node: past {@code maxFailures} within
 * {@code window} the client is refused until its oldest counted failure leaves the window. Used for
 * logins and for the links sent by email.
 */
public final class ClientFailures {

  private static final int MAX_CLIENTS = 100_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public ClientFailures(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Until when the client is refused; null when it is not. */
  public Instant blockedUntil(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return null;
    }
    Instant now = clock.instant();
    synchronized (times) {
      prune(times, now);
      // a failure "after now" (a clock moved back, in tests) does not count yet
      var counted = times.stream().filter(time -> !time.isAfter(now)).toList();
      return counted.size() >= maxFailures ? counted.get(0).plus(window) : null;
    }
  }

  public void failed(String client) {
    Instant now = clock.instant();
    if (failures.size() > MAX_CLIENTS) {
      failures.entrySet().removeIf(entry -> {
        synchronized (entry.getValue()) {
          prune(entry.getValue(), now);
          return entry.getValue().isEmpty();
        }
      });
    }
    Deque<Instant> times = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    times.removeIf(time -> !time.plus(window).isAfter(now));
  }
}
