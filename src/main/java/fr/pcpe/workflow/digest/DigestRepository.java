package fr.pcpe.workflow.digest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestRepository extends JpaRepository<Digest, Long> {

  Optional<Digest> findByWeek(String week);

  List<Digest> findByStatusOrderByWeekDesc(Digest.Status status);
}
