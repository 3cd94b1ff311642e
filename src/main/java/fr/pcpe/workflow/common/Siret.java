package fr.pcpe.workflow.common;

/**
 * French establishment number (SIRET): 14 digits, the first 9 being the company's SIREN. Both numbers
 * carry a Luhn check digit; La Poste's establishments (SIREN 356000000) may instead have a digit sum
 * that is a multiple of 5.
 */
public final class Siret {

  private static final String LA_POSTE_SIREN = "356000000";

  private Siret() {
  }

  /** Removes the spaces people type between the groups of digits ("812 345 676 00017"). */
  public static String normalize(String value) {
    return value == null ? null : value.replaceAll("\\s", "");
  }

  public static boolean isValid(String value) {
    String siret = normalize(value);
    if (siret == null || !siret.matches("\\d{14}")) {
      return false;
    }
    if (siret.startsWith(LA_POSTE_SIREN)) {
      return luhn(siret) || siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }
    return luhn(siret.substring(0, 9)) && luhn(siret);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
