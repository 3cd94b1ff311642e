package fr.pcpe.workflow.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataActionRepository extends JpaRepository<PersonalDataAction, Long> {

  List<PersonalDataAction> findByCandidateIdOrderByPerformedAt(Long candidateId);
}
