package fr.pcpe.workflow.employer;

/** Business sector of an employer; the values are the options of the onboarding form. */
public enum Sector {
  LOGISTICS,
  RETAIL,
  CONSTRUCTION,
  CLEANING,
  CARE,
  HOSPITALITY,
  INDUSTRY,
  SERVICES,
  OTHER
}
