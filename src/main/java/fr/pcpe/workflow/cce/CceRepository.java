package fr.pcpe.workflow.cce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CceRepository extends JpaRepository<CafeContactEmploi, Long> {

  @EntityGraph(attributePaths = "offers")
  Optional<CafeContactEmploi> findByReference(String reference);

  List<CafeContactEmploi> findByStatusOrderByEventDate(CafeContactEmploi.Status status);

  List<CafeContactEmploi> findByEventDateBetween(java.time.LocalDate from, java.time.LocalDate to);
}
