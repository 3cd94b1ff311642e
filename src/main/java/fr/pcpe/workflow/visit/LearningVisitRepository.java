package fr.pcpe.workflow.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningVisitRepository extends JpaRepository<LearningVisit, Long> {

  Optional<LearningVisit> findByReference(String reference);

  List<LearningVisit> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

  List<LearningVisit> findAllByOrderByDayDesc();
}
