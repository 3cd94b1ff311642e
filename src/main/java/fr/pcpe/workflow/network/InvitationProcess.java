package fr.pcpe.workflow.network;

import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;

/**
 * The {@code networkInvitation} process (processes/network/network-invitation.bpmn): Tasklist's start
 * form that invites a person; its start listener does the invitation, the instance ends at once.
 * Business key: the person's login.
 */
public final class InvitationProcess {

  public static final String KEY = "networkInvitation";

  public static final class Vars {
    public static final ProcessVariable<String> FIRST_NAME = text("firstName");
    public static final ProcessVariable<String> LAST_NAME = text("lastName");
    public static final ProcessVariable<String> EMAIL = text("email");
    public static final ProcessVariable<NetworkPerson.Role> ROLE = enumVar("role", NetworkPerson.Role.class);
    public static final ProcessVariable<Integer> STRUCTURE_ID = integer("structureId");
    public static final ProcessVariable<Integer> EMPLOYER_ID = integer("employerId");

    private Vars() {
    }
  }

  private InvitationProcess() {
  }
}
