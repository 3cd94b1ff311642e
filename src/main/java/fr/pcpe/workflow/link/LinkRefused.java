package fr.pcpe.workflow.link;

/** Why a link cannot be used, as a key of messages.properties (link.unknown, link.expired…). */
public class LinkRefused extends RuntimeException {

  public static final String UNKNOWN = "link.unknown";

  private final String messageKey;

  public LinkRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** A token nobody issued: guessing, counted against the client. */
  boolean isUnknown() {
    return UNKNOWN.equals(messageKey);
  }
}
