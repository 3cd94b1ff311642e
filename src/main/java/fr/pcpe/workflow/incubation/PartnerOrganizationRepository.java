package fr.pcpe.workflow.incubation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerOrganizationRepository extends JpaRepository<PartnerOrganization, Long> {

  Optional<PartnerOrganization> findByNameIgnoreCase(String name);
}
