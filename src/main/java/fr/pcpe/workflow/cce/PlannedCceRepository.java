package fr.pcpe.workflow.cce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedCceRepository extends JpaRepository<PlannedCce, Long> {

  List<PlannedCce> findByPlanYearOrderByPlannedOnAscCommuneAsc(int planYear);
}
