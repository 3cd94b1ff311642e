package fr.pcpe.workflow.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryPageRepository extends JpaRepository<DirectoryPage, Long> {

  Optional<DirectoryPage> findByStructureGroupId(String groupId);

  /** Every page of an active structure, with its structure. */
  @EntityGraph(attributePaths = "structure")
  List<DirectoryPage> findByStructureActiveTrueOrderByStructureName();
}
