package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.candidate.CandidateRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * The application builds each Spring Data repository at its first use (application.yaml, docs/adr/0009), so a
 * query Spring Data cannot make would only fail when something first calls it: here every repository is built.
 */
@IntegrationTest
class RepositoriesTest {

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("chaque dépôt de données se construit, ses requêtes comprises")
  void everyRepositoryIsBuilt() {
    assertThat(context.getBeansOfType(Repository.class).values())
        .anySatisfy(repository -> assertThat(repository).isInstanceOf(CandidateRepository.class))
        .hasSizeGreaterThan(20);
  }
}
