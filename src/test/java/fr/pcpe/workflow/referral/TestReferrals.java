package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.drive.TestDrives;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** A partner structure with one referent user and candidates, for the referral tests. */
@Component
public class TestReferrals {

  private final TestDrives drives;
  private final CandidateRepository candidates;
  private final TestUsers users;

  TestReferrals(TestDrives drives, CandidateRepository candidates, TestUsers users) {
    this.drives = drives;
    this.candidates = candidates;
    this.users = users;
  }

  public record TestStructure(PartnerStructure structure, String referent) {
  }

  public TestStructure structure() {
    PartnerStructure structure = drives.mobilizableStructure();
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
