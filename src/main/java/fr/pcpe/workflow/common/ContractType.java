package fr.pcpe.workflow.common;

/** Contract types of job offers and hires; the French label is what users see. */
public enum ContractType {
  CDI("CDI"),
  CDD("CDD"),
  INTERIM("Intérim"),
  INSERTION("Contrat d'insertion");

  private final String label;

  ContractType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
