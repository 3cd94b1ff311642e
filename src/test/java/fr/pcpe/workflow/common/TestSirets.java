package fr.pcpe.workflow.common;

import java.util.concurrent.ThreadLocalRandom;

/** Valid SIRETs nobody used yet, so that tests stay independent on a shared database. */
public final class TestSirets {

  private TestSirets() {
  }

  public static String fresh() {
    String siren = withKey("%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
    String siret = withKey(siren + "0001");
    return Siret.isValid(siret) && !siret.startsWith("356000000") ? siret : fresh();
  }

  private static String withKey(String digits) {
    for (int key = 0; key < 10; key++) {
      if (Siret.luhn(digits + key)) {
        return digits + key;
      }
    }
    throw new IllegalStateException("no Luhn key for " + digits);
  }
}
