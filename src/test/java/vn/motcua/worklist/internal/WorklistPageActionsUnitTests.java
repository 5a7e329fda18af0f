package vn.motcua.worklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.deadline.Flag;

/** Where a row action sends the official back to: the page as it was, never anywhere else. */
class WorklistPageActionsUnitTests {

  @Test
  void comesBackToThePageWithItsFilters() {
    String back =
        WorklistPage.query(
            new WorklistQuery.Filter(
                WorklistQuery.Scope.UNIT,
                Flag.OVERDUE,
                null,
                "Nguyễn Văn & An",
                WorklistQuery.Sort.DUE),
            2);
    assertThat(back)
        .isEqualTo(
            "scope=UNIT&flag=OVERDUE&q=Nguy%E1%BB%85n%20V%C4%83n%20%26%20An&sort=DUE&page=2");
    assertThat(WorklistPageActions.page(back, null)).isEqualTo("redirect:/worklist?" + back);
  }

  @Test
  void claimingLeadsToMyWorkOnItsFirstPage() {
    assertThat(WorklistPageActions.page("scope=UNIT&q=abc&page=3", "MINE"))
        .isEqualTo("redirect:/worklist?q=abc&scope=MINE&page=0");
  }

  @Test
  void ignoresAnythingButAnEncodedQueryString() {
    assertThat(WorklistPageActions.page("//evil.example/x", null)).isEqualTo("redirect:/worklist");
    assertThat(WorklistPageActions.page("q=a\r\nLocation: x", null))
        .isEqualTo("redirect:/worklist");
    assertThat(WorklistPageActions.page("", null)).isEqualTo("redirect:/worklist");
  }
}
