package fr.pcpe.workflow.incubation;

/** The vocabularies of incubation. */
final class IncubationEnums {

  private IncubationEnums() {
  }

  /** From idea to capitalisation, in order. */
  enum Stage {
    IDEA, OPPORTUNITY_STUDY, PRE_MODEL, TERRITORY_PARTNERS, FUNDING, EXPERIMENTATION, EVALUATION;

    /** The next stage, or null after the last. */
    Stage next() {
      return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
  }

  enum Status { ACTIVE, ABANDONED, CAPITALISED }

  enum Decision { GO, REWORK, ABANDON }

  enum CommitmentKind { PARTNER, FUNDER }
}
