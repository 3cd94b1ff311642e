package fr.pcpe.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The application's layers: a ground floor ({@code system} and {@code common}: the engine's settings, security, the
 * web layer, the process toolkit, shared values) that imports no feature, features contributing what it needs as
 * beans (the variables copied from their records, their shared Tasklist filters, their start-up lines); and
 * features that depend on each other in one direction only. And one shape for what a process calls: a class of its
 * own, a Spring bean named after it.
 */
@DatabaseIndependent
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pcpe.workflow");

  @Test
  @DisplayName("le rez-de-chaussée (system, common) n'importe aucune fonctionnalité")
  void theGroundFloorImportsNoFeature() {
    noClasses().that().resideInAnyPackage("fr.pcpe.workflow.system..", "fr.pcpe.workflow.common..")
        .should().dependOnClassesThat(DescribedPredicate.describe("are a feature's", javaClass -> {
          String name = javaClass.getPackageName();
          return name.startsWith("fr.pcpe.workflow.") && !name.startsWith("fr.pcpe.workflow.system")
              && !name.startsWith("fr.pcpe.workflow.common");
        }))
        .check(CLASSES);
  }

  @Test
  @DisplayName("aucun cycle entre les paquets de l'application")
  void noCycleBetweenPackages() {
    slices().matching("fr.pcpe.workflow.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * A delegate or a listener that does work is a class of its own, {@code @Component} under its class's name (the
   * one a BPMN's {@code delegateExpression} gives), maybe extending an abstract one; only a check that reads and
   * judges is a {@code FormCheck.of} bean, in its feature's {@code <Feature>FormChecks}.
   */
  @Test
  @DisplayName("un délégué ou un écouteur de processus est une classe à lui, un bean à son nom")
  void processHooksAreTopLevelComponents() {
    classes().that().implement(JavaDelegate.class).or().implement(TaskListener.class)
        .or().implement(ExecutionListener.class).and().areNotAnonymousClasses()
        .and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .should().beTopLevelClasses().andShould().beAnnotatedWith(Component.class)
        .andShould().haveNameMatching(".*\\.[A-Z]\\w*(Delegate|Listener)")
        .check(CLASSES);
    noMethods().that().areAnnotatedWith(Bean.class).should().haveRawReturnType(JavaDelegate.class)
        .orShould().haveRawReturnType(TaskListener.class).orShould().haveRawReturnType(ExecutionListener.class)
        .check(CLASSES);
  }
}
