package fr.pcpe.workflow.drive;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DriveRepository extends JpaRepository<RecruitmentDrive, Long> {

  @EntityGraph(attributePaths = "employer")
  Optional<RecruitmentDrive> findByReference(String reference);
}
