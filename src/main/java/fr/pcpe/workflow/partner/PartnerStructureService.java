package fr.pcpe.workflow.partner;

import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerStructureService {

  private final PartnerStructureRepository structures;
  private final AccessProvisioning accessProvisioning;
  private final Messages messages;

  PartnerStructureService(PartnerStructureRepository structures, AccessProvisioning accessProvisioning,
      Messages messages) {
    this.structures = structures;
    this.accessProvisioning = accessProvisioning;
    this.messages = messages;
  }

  /** The one structure the user belongs to; 403 for anybody else (PCPE staff, employers). */
  @Transactional(readOnly = true)
  public PartnerStructure ofMember(List<String> groupIds) {
    // by primary key: on every referral, a query on a list of groups cost more than the rest of the lookups
    List<Long> memberOf = groupIds.stream().map(PcpeGroups::structureOf).filter(OptionalLong::isPresent)
        .map(OptionalLong::getAsLong).distinct().toList();
    return (memberOf.size() == 1 ? structures.findById(memberOf.get(0)) : Optional.<PartnerStructure>empty())
        .filter(structure -> groupIds.contains(structure.getGroupId()))
        .orElseThrow(() -> new ForbiddenException(messages.say("api.structureOnly")));
  }

  /** Records a new partner structure together with its Camunda group. */
  @Transactional
  public PartnerStructure create(PartnerStructure structure) {
    PartnerStructure saved = structures.save(structure);
    saved.assignGroup(PcpeGroups.ofStructure(saved.getId()));
    accessProvisioning.provisionStructureGroup(saved.getGroupId(), saved.getName());
    return saved;
  }
}
