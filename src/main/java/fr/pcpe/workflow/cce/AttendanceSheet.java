package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** The bulk form of the day, as submitted: one row per invitee (present? and the outcome). */
final class AttendanceSheet {

  record Row(Long invitationId, boolean attended, CceInvitation.Outcome outcome) {
  }

  private AttendanceSheet() {
  }

  /** Reads the submitted list (a Spin JSON variable, or its text); a malformed row reads as null. */
  static List<Row> read(Object value) {
    SpinJsonNode list = value instanceof SpinJsonNode node ? node
        : value instanceof String text ? Spin.JSON(text) : null;
    List<Row> rows = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return rows;
    }
    for (SpinJsonNode row : list.elements()) {
      Long id = row.hasProp("invitationId") && row.prop("invitationId").isNumber()
          ? row.prop("invitationId").numberValue().longValue() : null;
      boolean attended = row.hasProp("attended") && row.prop("attended").isBoolean() && row.prop("attended").boolValue();
      CceInvitation.Outcome outcome = row.hasProp("outcome") && row.prop("outcome").isString()
          ? FormValues.enumValue(CceInvitation.Outcome.class, row.prop("outcome").stringValue()) : null;
      rows.add(id == null || attended && outcome == null ? null : new Row(id, attended, outcome));
    }
    return rows;
  }
}
