package fr.pcpe.workflow.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts a client's failed link uses within a window; past the limit the client is refused (per node). */
class FailureLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  FailureLimiter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  boolean isBlocked(String client) {
    Deque<Instant> recent = failures.get(client);
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      Instant since = now.minus(window);
      recent.removeIf(failure -> failure.isBefore(since));
      return recent.stream().filter(failure -> !failure.isAfter(now)).count() >= maxFailures;
    }
  }

  void failed(String client) {
    if (failures.size() >= MAX_CLIENTS) {
      failures.clear(); // a flood of addresses: start counting again rather than grow without bound
    }
    Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(clock.instant());
    }
  }
}
