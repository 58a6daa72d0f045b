package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.layer.Departments;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

class SubcategoryTest {
  private static final Category DISPUTES = new Category("01", "矛盾纠纷", "disputes");

  private static Subcategory neighbours(String code, Category parent) {
    return new Subcategory(code, "邻里纠纷", "neighbour dispute", parent, "邻里之间发生纠纷",
        TimeLimit.workingDays(3), "纠纷已化解", Departments.JUSTICE, DispatchTo.GRID);
  }

  @Test
  void aSubcategoryCarriesItsHandlingRules() {
    Subcategory s = neighbours("0101", DISPUTES);

    assertThat(s.parent()).isEqualTo(DISPUTES);
    assertThat(s.handlingLimit()).isEqualTo(TimeLimit.workingDays(3));
    assertThat(s.department()).isEqualTo(Departments.JUSTICE);
    assertThat(s.dispatchTo()).isEqualTo(DispatchTo.GRID);
    assertThat(s.isLocal()).isFalse();
    assertThat(neighbours("0180", DISPUTES).isLocal()).isTrue();
    assertThat(s).hasToString("0101 邻里纠纷");
  }

  @Test
  void itsCodeMustExtendItsParentsCode() {
    assertThatThrownBy(() -> neighbours("0201", DISPUTES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0201 does not start with its parent's code 01");
  }

  @Test
  void missingPartsAreRefusedNamingTheCode() {
    assertThatThrownBy(() -> neighbours("01", DISPUTES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'01'");
    assertThatThrownBy(() -> new Subcategory("0101", "邻里纠纷", "neighbour dispute", DISPUTES, "",
        TimeLimit.workingDays(3), "纠纷已化解", Departments.JUSTICE, DispatchTo.GRID))
        .hasMessageContaining("0101 has no filing condition");
    assertThatThrownBy(() -> new Subcategory("0101", "邻里纠纷", "neighbour dispute", DISPUTES, "邻里之间发生纠纷",
        null, "纠纷已化解", Departments.JUSTICE, DispatchTo.GRID))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("0101 has no handling limit");
    assertThatThrownBy(() -> new Subcategory("0101", "邻里纠纷", "neighbour dispute", DISPUTES, "邻里之间发生纠纷",
        TimeLimit.workingDays(3), " ", Departments.JUSTICE, DispatchTo.GRID))
        .hasMessageContaining("0101 has no closing condition");
    assertThatThrownBy(() -> new Subcategory("0101", "邻里纠纷", "neighbour dispute", DISPUTES, "邻里之间发生纠纷",
        TimeLimit.workingDays(3), "纠纷已化解", null, DispatchTo.GRID))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("0101 has no department");
    assertThatThrownBy(() -> new Subcategory("0101", "邻里纠纷", "neighbour dispute", null, "邻里之间发生纠纷",
        TimeLimit.workingDays(3), "纠纷已化解", Departments.JUSTICE, DispatchTo.GRID))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("0101 has no parent");
  }
}
