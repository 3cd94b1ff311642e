package fr.pcpe.workflow.partner;

/** Kinds of partner structures that accompany job seekers. */
public enum StructureType {
  ACI,
  ASSOCIATION,
  FRANCE_TRAVAIL,
  MISSION_LOCALE,
  DEPARTEMENT,
  OTHER
}
