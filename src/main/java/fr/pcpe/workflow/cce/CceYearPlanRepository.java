package fr.pcpe.workflow.cce;

import org.springframework.data.jpa.repository.JpaRepository;

interface CceYearPlanRepository extends JpaRepository<CceYearPlan, Integer> {
}
