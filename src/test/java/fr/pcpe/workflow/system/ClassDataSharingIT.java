package fr.pcpe.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.DatabaseIndependent;
import fr.pcpe.workflow.PackagedJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as the image runs it (docker/Dockerfile): extracted by docker/cds.sh with a class data sharing
 * archive of a training start, then started with that archive, in JVMs of their own (run by Failsafe, after
 * {@code package}). Both starts use an embedded database of their own, whatever database the suite runs on, so
 * they run beside the other whole-application tests (pom.xml: Failsafe's parallel settings).
 */
@DatabaseIndependent
@Execution(ExecutionMode.CONCURRENT)
class ClassDataSharingIT {

  @TempDir
  Path work;

  @Test
  @DisplayName("le jar extrait démarre avec l'archive de classes faite par docker/cds.sh, ses classes en viennent, et une fois prêt il rend le tas que le démarrage a grossi")
  void startsWithTheArchiveOfItsTrainingStart() throws Exception {
    Path jar = PackagedJar.file();
    Path extracted = work.resolve("application");
    Process archiving = PackagedJar.classDataSharing(jar, extracted, work.resolve("cds.log")).start();
    assertThat(archiving.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(archiving.exitValue()).as(Files.readString(work.resolve("cds.log"))).isZero();
    assertThat(extracted.resolve("application.jsa")).isNotEmptyFile();

    Path classes = work.resolve("classes.log");
    Path log = work.resolve("start.log");
    Process start = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + extracted.resolve("application.jsa"), "-Xlog:class+load=info:file=" + classes,
        "-jar", extracted.resolve(jar.getFileName()).toString(), "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false"), log);
    try {
      awaitStarted(start, log);
      assertThat(Files.readString(classes))
          .contains("fr.pcpe.workflow.PcpeWorkflowApplication source: shared objects file (top)")
          .contains("org.camunda.bpm.engine.impl.ProcessEngineImpl source: shared objects file (top)");
      // once ready, the heap the start grew is given back (StartUpHeap)
      Pattern givenBack = Pattern.compile("Heap grown by the start given back: committed (\\d+) MB -> (\\d+) MB");
      Instant deadline = Instant.now().plusSeconds(30);
      Matcher heap = givenBack.matcher(Files.readString(log));
      while (!heap.find()) {
        assertThat(Instant.now()).as(Files.readString(log)).isBefore(deadline);
        Thread.sleep(200);
        heap = givenBack.matcher(Files.readString(log));
      }
      assertThat(Long.parseLong(heap.group(2))).isLessThan(Long.parseLong(heap.group(1)));
    } finally {
      start.destroy();
      start.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("sans jar, docker/cds.sh dit comment l'appeler et ne touche à rien")
  void refusesAMissingJar() throws Exception {
    Path target = Files.createDirectory(work.resolve("kept"));
    Process archiving = PackagedJar.classDataSharing(work.resolve("missing.jar"), target, work.resolve("cds.log"))
        .start();
    assertThat(archiving.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(archiving.exitValue()).isEqualTo(2);
    assertThat(Files.readString(work.resolve("cds.log"))).contains("usage: docker/cds.sh <application jar> <directory>");
    assertThat(target).isEmptyDirectory();
  }

  @Test
  @DisplayName("docker/cds.sh ne remplace pas un dossier qu'il n'a pas rempli")
  void keepsADirectoryItDidNotFill() throws Exception {
    Path foreign = Files.createDirectory(work.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "à garder");
    Process archiving = PackagedJar.classDataSharing(PackagedJar.file(), foreign, work.resolve("cds.log")).start();
    assertThat(archiving.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(archiving.exitValue()).isEqualTo(2);
    assertThat(Files.readString(work.resolve("cds.log"))).contains("is not empty").contains("nothing was changed");
    assertThat(foreign.toFile().list()).containsExactly("notes.txt");
    assertThat(foreign.resolve("notes.txt")).hasContent("à garder");
  }

  /** A process on an embedded database of its own, its output in the log. */
  private Process run(List<String> command, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    Stream.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
        "SPRING_PROFILES_ACTIVE").forEach(environment::remove);
    environment.put("PCPE_DATA_DIR", work.resolve("data").toString());
    environment.put("PCPE_ADMIN_PASSWORD", "Archive-Test-2026!");
    return builder.start();
  }

  private static void awaitStarted(Process start, Path log) throws Exception {
    Instant deadline = Instant.now().plusSeconds(180);
    while (!Files.readString(log).contains("Started PcpeWorkflowApplication")) {
      assertThat(start.isAlive() && Instant.now().isBefore(deadline)).as(Files.readString(log)).isTrue();
      Thread.sleep(200);
    }
  }
}
