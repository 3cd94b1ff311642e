package fr.pcpe.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PcpeWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(PcpeWorkflowApplication.class, args);
  }
}
