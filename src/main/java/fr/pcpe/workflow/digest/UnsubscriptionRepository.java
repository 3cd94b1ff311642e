package fr.pcpe.workflow.digest;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnsubscriptionRepository extends JpaRepository<Unsubscription, String> {
}
