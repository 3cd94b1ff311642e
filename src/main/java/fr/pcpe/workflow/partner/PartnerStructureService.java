package fr.pcpe.workflow.partner;

import fr.pcpe.workflow.system.AccessProvisioning;
import fr.pcpe.workflow.system.PcpeGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerStructureService {

  private final PartnerStructureRepository structures;
  private final AccessProvisioning accessProvisioning;

  PartnerStructureService(PartnerStructureRepository structures, AccessProvisioning accessProvisioning) {
    this.structures = structures;
    this.accessProvisioning = accessProvisioning;
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
