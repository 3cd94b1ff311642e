package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Process test coverage, every test added up: Camunda Process Test Coverage writes one report a JVM that runs the
 * engine ({@link ProcessCoveragePlugin}); this class, run by Failsafe once the tests have, counts the
 * flow nodes and sequence flows of each BPMN file under {@code processes/} that some test ran, prints the figures
 * (and writes them to {@code target/process-test-coverage/summary.txt}), and fails on a sequence flow no test took
 * or an element no test ran.
 */
class ProcessCoverageIT {

  private static final Path REPORTS = Path.of(ProcessCoveragePlugin.REPORTS);

  @Test
  @DisplayName("chaque flux et chaque élément de chaque processus est parcouru par un test")
  void everyFlowAndElementOfEveryProcessIsRun() throws IOException {
    Map<String, Set<String>> ran = ranByProcess();
    List<String> lines = new ArrayList<>();
    List<String> notTaken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          Set<String> done = ran.getOrDefault(process.getId(), Set.of());
          List<FlowNode> nodes = model.getModelElementsByType(FlowNode.class).stream()
              .filter(node -> processOf(node) == process).toList();
          List<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> processOf(flow) == process).toList();
          long nodesRun = nodes.stream().filter(node -> done.contains(node.getId())).count();
          long flowsTaken = flows.stream().filter(flow -> done.contains(flow.getId())).count();
          lines.add(String.format("%-26s nodes %3d/%-3d flows %3d/%-3d %s", process.getId(), nodesRun, nodes.size(),
              flowsTaken, flows.size(), file));
          flows.stream().filter(flow -> !done.contains(flow.getId()))
              .forEach(flow -> notTaken.add(process.getId() + ": " + flow.getId() + " (" + flow.getSource().getId()
                  + " -> " + flow.getTarget().getId() + ")"));
          nodes.stream().filter(node -> !done.contains(node.getId()))
              .forEach(node -> notTaken.add(process.getId() + ": " + node.getId() + " (never run)"));
        }
      }
    }
    Files.write(REPORTS.resolve("summary.txt"), lines);
    lines.forEach(System.out::println);
    assertThat(notTaken).as("sequence flows no test took, elements no test ran (reports in %s)",
        REPORTS.toAbsolutePath()).isEmpty();
  }

  /**
   * Process key to the ids of the elements some test ran: every JVM's report added up, and written as one report
   * (report.html to look at) in {@code target/process-test-coverage/all}.
   */
  private static Map<String, Set<String>> ranByProcess() throws IOException {
    assertThat(REPORTS).as("no coverage report: the tests (Surefire) run before this class").isDirectory();
    String all;
    try (Stream<Path> reports = Files.list(REPORTS)) {
      all = reports.filter(dir -> dir.getFileName().toString().startsWith("jvm-")).map(dir -> dir.resolve("report.json"))
          .filter(Files::isRegularFile).map(ProcessCoverageIT::read)
          .reduce(CoverageStateJsonExporter::combineCoverageStateResults).orElseThrow();
    }
    File combined = REPORTS.resolve("all").toFile();
    CoverageReportUtil.writeReport(all, false, combined, "report.json", Function.identity());
    CoverageReportUtil.writeReport(all, true, combined, "report.html", CoverageReportUtil::generateHtml);
    Map<String, Set<String>> ran = new HashMap<>();
    for (JsonNode suite : new ObjectMapper().readTree(all).path("suites")) {
      for (JsonNode run : suite.path("runs")) {
        for (JsonNode event : run.path("events")) {
          ran.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
              .add(event.path("definitionKey").asText());
        }
      }
    }
    return ran;
  }

  private static String read(Path report) {
    try {
      return Files.readString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
