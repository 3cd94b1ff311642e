package fr.pcpe.workflow.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HireRepository extends JpaRepository<Hire, Long> {

  Optional<Hire> findByReferralId(Long referralId);

  @Query("select h.referral.candidate.id from Hire h")
  List<Long> findHiredCandidateIds();
}
