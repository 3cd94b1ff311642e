package fr.pcpe.workflow.candidate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  List<Candidate> findByStructureIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(Long structureId, String lastName,
      String firstName);
}
