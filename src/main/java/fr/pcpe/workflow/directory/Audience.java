package fr.pcpe.workflow.directory;

import java.util.Locale;

/** Whom a service is for: data·inclusion's audiences ("publics"); labels in messages.properties. */
public enum Audience {
  ACTIFS, BENEFICIAIRES_DES_MINIMAS_SOCIAUX, DEMANDEURS_EMPLOI, ETUDIANTS, FAMILLES, FEMMES, JEUNES,
  PERSONNES_EN_SITUATION_DE_HANDICAP, PERSONNES_EN_SITUATION_DURGENCE, PERSONNES_EN_SITUATION_JURIDIQUE_SPECIFIQUE,
  PERSONNES_EXILEES, RESIDENTS_QPV_FRR, SENIORS;

  /** Its code in the data·inclusion schema ("demandeurs-emploi"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
