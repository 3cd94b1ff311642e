package fr.pcpe.workflow.candidate;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  /** Candidates whose "first last" name contains the text (lower case), in the given structures' groups. */
  @Query("""
      select c from Candidate c join fetch c.structure s
      where lower(concat(c.firstName, ' ', c.lastName)) like :pattern escape '\\'
        and (:everyStructure = true or s.groupId in :groups)
      order by c.lastName, c.firstName, c.id desc""")
  List<Candidate> search(@Param("pattern") String pattern, @Param("everyStructure") boolean everyStructure,
      @Param("groups") Collection<String> groups, Pageable page);

  List<Candidate> findByAnonymisedAtIsNull();

  List<Candidate> findByLastNameIgnoreCaseAndFirstNameIgnoreCase(String lastName, String firstName);

  List<Candidate> findByStructureIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(Long structureId, String lastName,
      String firstName);
}
