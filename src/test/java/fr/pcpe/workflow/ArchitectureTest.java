package fr.pcpe.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application's layers: a ground floor ({@code system} and {@code common}: the engine's settings, security, the
 * web layer, the process toolkit, shared values) that imports no feature, features contributing what it needs as
 * beans (the variables copied from their records, their shared Tasklist filters, their start-up lines); and
 * features that depend on each other in one direction only.
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
}
