package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcpeGroupsTest {

  @Test
  @DisplayName("le groupe d'une structure désigne cette structure")
  void aStructuresGroupNamesIt() {
    assertThat(PcpeGroups.structureOf(PcpeGroups.ofStructure(12))).isEqualTo(OptionalLong.of(12));
  }

  @ParameterizedTest(name = "« {0} »")
  @ValueSource(strings = {"structure-12-heads", "structure-", "structure-1a", "structure--1", "structure-99999999999999999999",
      "pcpe-coordinators", "employer-81234567600017", "Structure-12", ""})
  @DisplayName("aucun autre groupe ne désigne une structure (direction, coordination, employeur, id malformé)")
  void noOtherGroupNamesAStructure(String groupId) {
    assertThat(PcpeGroups.structureOf(groupId)).isEmpty();
  }

  @Test
  @DisplayName("le groupe d'une structure se lit aussi dans celui de sa direction ; aucun pour un autre groupe")
  void structureGroupOfAHeadsGroup() {
    assertThat(PcpeGroups.structureGroupOf("structure-12-heads")).contains("structure-12");
    assertThat(PcpeGroups.structureGroupOf("structure-12")).contains("structure-12");
    assertThat(PcpeGroups.structureGroupOf("employer-81234567600017")).isEmpty();
    assertThat(PcpeGroups.structureGroupOf("structure-x-heads")).isEmpty();
    assertThat(PcpeGroups.structureGroupOf(null)).isEmpty();
  }
}
