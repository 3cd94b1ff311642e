package fr.pcpe.workflow.incubation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<IncubationProject, Long> {

  Optional<IncubationProject> findByReference(String reference);
}
