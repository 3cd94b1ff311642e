package fr.pcpe.workflow.candidate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the candidates a structure registers, and notices when another structure already follows the
 * same person (same name, and the same birth date or email): the new record is marked, and whoever
 * registers or prescreens it is warned — without a word of the other structure's data.
 */
@Service
public class CandidateRegistry {

  private final CandidateRepository candidates;

  CandidateRegistry(CandidateRepository candidates) {
    this.candidates = candidates;
  }

  @Transactional
  public Candidate register(Candidate candidate) {
    boolean elsewhere = candidates.findByLastNameIgnoreCaseAndFirstNameIgnoreCase(candidate.getLastName(),
        candidate.getFirstName()).stream().anyMatch(candidate::sameAs);
    if (elsewhere) {
      candidate.possibleDuplicate();
    }
    return candidates.save(candidate);
  }
}
