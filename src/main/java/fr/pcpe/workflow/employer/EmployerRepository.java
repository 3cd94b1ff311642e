package fr.pcpe.workflow.employer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployerRepository extends JpaRepository<Employer, Long> {

  Optional<Employer> findBySiret(String siret);

  Optional<Employer> findByGroupId(String groupId);
}
