package fr.pcpe.workflow.network;

import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.partner.StructureType;

/**
 * The {@code structureRegistration} process (processes/network/structure-registration.bpmn):
 * Tasklist's start form that registers a partner structure. Business key: the structure's name.
 */
public final class StructureRegistrationProcess {

  public static final String KEY = "structureRegistration";

  public static final class Vars {
    public static final ProcessVariable<String> NAME = text("name");
    public static final ProcessVariable<StructureType> TYPE = enumVar("type", StructureType.class);
    public static final ProcessVariable<String> CITY = text("city");
    public static final ProcessVariable<String> EMAIL = text("email");
    public static final ProcessVariable<String> HEAD_EMAIL = text("headEmail");
    public static final ProcessVariable<String> SIRET = text("siret");

    private Vars() {
    }
  }

  private StructureRegistrationProcess() {
  }
}
