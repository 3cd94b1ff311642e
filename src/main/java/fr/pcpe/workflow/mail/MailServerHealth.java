package fr.pcpe.workflow.mail;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /manage/health}'s {@code mail}: whether this node's last exchange with the SMTP server went through
 * ({@code UP}), failed ({@code UNREACHABLE}) or has not happened yet ({@code UNKNOWN}). Neither of the last
 * two counts in the node's own status (management.endpoint.health.status.order): an SMTP outage must not
 * take a node out of its load balancer, since the outbox keeps the mails for days.
 */
@Component("mail")
class MailServerHealth implements HealthIndicator {

  static final Status UNREACHABLE = new Status("UNREACHABLE", "the SMTP server did not take the last emails");

  private final MailDispatcher dispatcher;
  private final OutboxMailRepository outbox;

  MailServerHealth(MailDispatcher dispatcher, OutboxMailRepository outbox) {
    this.dispatcher = dispatcher;
    this.outbox = outbox;
  }

  @Override
  public Health health() {
    Boolean worked = dispatcher.lastExchangeWorked();
    Health.Builder health = worked == null ? Health.unknown() : worked ? Health.up() : Health.status(UNREACHABLE);
    return health.withDetail("pending", outbox.countByStatus(OutboxMail.Status.PENDING))
        .withDetail("givenUp", outbox.countByStatus(OutboxMail.Status.FAILED)).build();
  }
}
