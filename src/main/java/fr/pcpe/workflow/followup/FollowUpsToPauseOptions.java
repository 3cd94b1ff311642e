package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The follow-ups a user may pause, for the pause's start form: PCPE staff all, a structure its own. */
@Component
class FollowUpsToPauseOptions implements StartFormOptions {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final FollowUpRepository followUps;
  private final MessageSource messages;

  FollowUpsToPauseOptions(FollowUpRepository followUps, MessageSource messages) {
    this.followUps = followUps;
    this.messages = messages;
  }

  @Override
  public String name() {
    return "followUpsToPause";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Map<String, String>> options(Caller caller) {
    return followUps.findByStatusOrderByEventDate(Status.ACTIVE).stream()
        .filter(followUp -> caller.isStaff() || caller.isMemberOf(followUp.getStructure().getGroupId())
            || caller.isMemberOf(PcpeGroups.headsOf(followUp.getStructure().getGroupId())))
        .map(followUp -> FormOptions.option(messages.getMessage("followUp.option", new Object[] {
            followUp.getCandidate().fullName(), followUp.getStructure().getName(), followUp.getEventDate().format(DAY)},
            Locale.FRENCH), followUp.getReference()))
        .toList();
  }
}
