package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

/**
 * The application builds each Spring Data repository at its first use (application.yaml, docs/adr/0009), so a
 * query Spring Data cannot make would only fail when something first calls it: here every repository declared in
 * the sources is built.
 */
@IntegrationTest
class RepositoriesTest {

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("chaque dépôt de données déclaré dans les sources se construit, ses requêtes comprises")
  void everyRepositoryIsBuilt() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isInterface();
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
    List<String> declared = scanner.findCandidateComponents("fr.pcpe.workflow").stream()
        .map(definition -> definition.getBeanClassName()).toList();

    assertThat(declared).hasSizeGreaterThan(20);
    for (String name : declared) {
      Class<?> repository = ClassUtils.forName(name, getClass().getClassLoader());
      assertThat(context.getBean(repository)).as(name).isInstanceOf(repository);
    }
  }
}
