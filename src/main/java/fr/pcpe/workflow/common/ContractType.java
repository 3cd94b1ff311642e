package fr.pcpe.workflow.common;

/** Contract types of job offers and hires; what users read is {@code contractType.<name>} in messages.properties. */
public enum ContractType {
  CDI,
  CDD,
  INTERIM,
  INSERTION
}
