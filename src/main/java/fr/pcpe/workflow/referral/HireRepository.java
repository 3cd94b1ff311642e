package fr.pcpe.workflow.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HireRepository extends JpaRepository<Hire, Long> {

  Optional<Hire> findByReferralId(Long referralId);
}
