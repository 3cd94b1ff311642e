package fr.pcpe.workflow.drive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MobilizationRepository extends JpaRepository<Mobilization, Long> {

  @EntityGraph(attributePaths = "structure")
  List<Mobilization> findByDriveReference(String driveReference);

  @EntityGraph(attributePaths = {"structure", "drive"})
  Optional<Mobilization> findByDriveReferenceAndStructureGroupId(String driveReference, String groupId);
}
