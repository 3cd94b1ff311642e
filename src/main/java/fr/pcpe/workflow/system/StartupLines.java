package fr.pcpe.workflow.system;

import java.util.List;

/** What a feature adds to the start-up report (the demo's users): lines as the log shows them. */
public interface StartupLines {

  List<String> startupLines();
}
