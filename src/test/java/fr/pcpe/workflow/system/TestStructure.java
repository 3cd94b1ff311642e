package fr.pcpe.workflow.system;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.partner.StructureType;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/** A structure and its referent, created through the beans of a context a test started itself. */
record TestStructure(PartnerStructure structure, String referent) {

  /** @param domain the email domain of the structure's people, {@code <domain>.example} */
  static TestStructure create(ConfigurableApplicationContext context, String domain) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    PartnerStructure structure = context.getBean(PartnerStructureService.class).create(new PartnerStructure(
        "Structure " + id, StructureType.ACI, "Bondy", "aci-" + id + "@" + domain + ".example",
        "head-" + id + "@" + domain + ".example"));
    String referent = domain + id;
    context.getBean(AccessProvisioning.class).ensureUser(referent, "Nadia", "Référente",
        referent + "@" + domain + ".example", "Secret-Mot-2026!", structure.getGroupId());
    return new TestStructure(structure, referent);
  }

  /** A new candidate of the structure, followed by its referent. */
  long newCandidate(ConfigurableApplicationContext context) {
    return context.getBean(CandidateRepository.class).save(
        new Candidate("Awa", "Diallo", structure, Instant.now(), referent).followedBy(referent, true)).getId();
  }
}
