package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.partner.StructureType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A partner structure with one referent user and candidates, for the referral tests. */
@Component
public class TestReferrals {

  private final PartnerStructureService structures;
  private final CandidateRepository candidates;
  private final TestUsers users;

  TestReferrals(PartnerStructureService structures, CandidateRepository candidates, TestUsers users) {
    this.structures = structures;
    this.candidates = candidates;
    this.users = users;
  }

  public record TestStructure(PartnerStructure structure, String referent) {
  }

  public TestStructure structure() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    PartnerStructure structure = structures.create(new PartnerStructure(
        "Structure " + id, StructureType.ASSOCIATION, "Bondy", "contact-" + id + "@structure.example",
        "direction-" + id + "@structure.example"));
    return new TestStructure(structure, users.create("ref", structure.getGroupId()));
  }

  public Candidate candidate(TestStructure structure) {
    return candidates.save(new Candidate("Awa", "Diallo", structure.structure(), Instant.now(), structure.referent())
        .followedBy(structure.referent(), true));
  }

  public List<String> groupsOf(TestStructure structure) {
    return List.of(structure.structure().getGroupId());
  }
}
