package fr.pcpe.workflow.system.engine;

/**
 * The application refuses to start on an unsafe configuration or database; the start-up log says what
 * is wrong and what to do (see {@link StartRefusedFailureAnalyzer}).
 */
public class StartRefusedException extends IllegalStateException {

  private final String action;

  public StartRefusedException(String problem, String action) {
    super(problem);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
