package fr.pcpe.workflow.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerStructureRepository extends JpaRepository<PartnerStructure, Long> {

  Optional<PartnerStructure> findByName(String name);

  List<PartnerStructure> findByGroupIdIn(Collection<String> groupIds);

  List<PartnerStructure> findByActiveTrueOrderByName();
}
