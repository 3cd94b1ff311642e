package fr.pcpe.workflow.directory;

import java.util.Locale;

/** What a service helps with: data·inclusion's themes ("thematiques"), first level; labels in messages.properties. */
public enum Theme {
  ACCES_AUX_DROITS_ET_CITOYENNETE, ACCOMPAGNEMENT_SOCIAL_ET_PROFESSIONNEL_PERSONNALISE, APPRENDRE_FRANCAIS,
  CHOISIR_UN_METIER, CREATION_ACTIVITE, EQUIPEMENT_ET_ALIMENTATION, FAMILLE, GESTION_FINANCIERE, HANDICAP,
  ILLETTRISME, LOGEMENT_HEBERGEMENT, MOBILITE, NUMERIQUE, PREPARER_SA_CANDIDATURE, REMOBILISATION, SANTE, SE_FORMER,
  SOUVRIR_A_LINTERNATIONAL, TROUVER_UN_EMPLOI;

  /** Its code in the data·inclusion schema ("trouver-un-emploi"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
