package fr.pcpe.workflow.digest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostedOfferRepository extends JpaRepository<PostedOffer, Long> {

  List<PostedOffer> findByClosingDateGreaterThanEqualOrderByClosingDate(LocalDate day);
}
