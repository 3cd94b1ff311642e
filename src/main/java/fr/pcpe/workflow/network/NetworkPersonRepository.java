package fr.pcpe.workflow.network;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkPersonRepository extends JpaRepository<NetworkPerson, String> {

  List<NetworkPerson> findByOrganizationKindAndOrganizationId(NetworkPerson.OrganizationKind kind, Long id);
}
