package fr.pcpe.workflow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The jar Maven packaged before Failsafe runs, and docker/cds.sh run on a jar with this JDK, as the image does. */
public final class PackagedJar {

  private PackagedJar() {
  }

  /** The packaged jar in target/. */
  public static Path file() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("pcpe-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run Maven's package phase"));
    }
  }

  /**
   * docker/cds.sh extracting the jar into the directory with its class data sharing archive, this JDK first on the
   * PATH (an archive fits only the JDK that made it), its output in the log.
   */
  public static ProcessBuilder classDataSharing(Path jar, Path directory, Path log) {
    ProcessBuilder builder = new ProcessBuilder("bash", Path.of("docker", "cds.sh").toString(), jar.toString(),
        directory.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
        + builder.environment().get("PATH"));
    return builder;
  }
}
