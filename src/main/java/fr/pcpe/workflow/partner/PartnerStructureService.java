package fr.pcpe.workflow.partner;

import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerStructureService {

  private final PartnerStructureRepository structures;
  private final AccessProvisioning accessProvisioning;
  private final MessageSource messages;

  PartnerStructureService(PartnerStructureRepository structures, AccessProvisioning accessProvisioning,
      MessageSource messages) {
    this.structures = structures;
    this.accessProvisioning = accessProvisioning;
    this.messages = messages;
  }

  /** The one structure the user belongs to; 403 for anybody else (PCPE staff, employers). */
  @Transactional(readOnly = true)
  public PartnerStructure ofMember(List<String> groupIds) {
    List<PartnerStructure> found = structures.findByGroupIdIn(groupIds);
    if (found.size() != 1) {
      throw new ForbiddenException(messages.getMessage("api.structureOnly", null, Locale.FRENCH));
    }
    return found.get(0);
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
