package fr.pcpe.workflow.common;

import java.util.regex.Pattern;

/** Whether a text looks like an email address (one @, a dot in the domain, no space), at most 254 characters. */
public final class EmailAddress {

  private static final Pattern FORMAT = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private EmailAddress() {
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= 254 && FORMAT.matcher(value).matches();
  }
}
