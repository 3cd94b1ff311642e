package fr.pcpe.workflow.cce;

import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;

/**
 * The {@code cceYearCheck} process (processes/cce/cce-year-check.bpmn): at the start of each month, the year's cafés
 * held against its plan; behind, the coordination gets a task to review the plan.
 */
public final class CceYearProcess {

  public static final String KEY = "cceYearCheck";
  public static final String TASK_REVIEW = "userTask_reviewCceYear";

  public static final class Vars {
    public static final ProcessVariable<Boolean> BEHIND = flag("cceYearBehind");
    /** What the coordination reads: held, expected, target, planned. */
    public static final ProcessVariable<String> YEAR_CONTEXT = text("cceYearContext");
    /** Whom the task is about, in its name: the year ("Année 2027"). */
    public static final ProcessVariable<String> SUBJECT = text("cceYearSubject");
    public static final ProcessVariable<String> COMMENT = text("cceYearComment");

    private Vars() {
    }
  }

  private CceYearProcess() {
  }
}
