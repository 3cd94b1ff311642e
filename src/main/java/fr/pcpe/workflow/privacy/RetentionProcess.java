package fr.pcpe.workflow.privacy;

import static fr.pcpe.workflow.common.ProcessVariable.integer;

import fr.pcpe.workflow.common.ProcessVariable;

/** personal-data-retention.bpmn: the nightly anonymisation of candidates past the retention period. */
public final class RetentionProcess {

  public static final String KEY = "personalDataRetention";

  /** The variables of the process, each named once. */
  public static final class Vars {

    /** How many candidates the night's run anonymised. */
    public static final ProcessVariable<Integer> ANONYMISED = integer("anonymised");

    private Vars() {
    }
  }

  private RetentionProcess() {
  }
}
