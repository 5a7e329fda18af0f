package vn.motcua.worklist.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.motcua.deadline.Flag;
import vn.motcua.security.CurrentOfficial;

/**
 * The worklist page ({@code /worklist}): the same rows as {@code /api/worklist}, with filters,
 * paging, a link to each step's form in Tasklist and the row's actions ({@link RowActions}, posted
 * to {@link WorklistPageActions}). Vietnamese, or English with {@code ?lang=en}.
 */
@Controller
class WorklistPage {

  private final WorklistQuery worklist;
  private final RowActions rowActions;
  private final CurrentOfficial official;
  private final Clock clock;

  WorklistPage(
      WorklistQuery worklist, RowActions rowActions, CurrentOfficial official, Clock clock) {
    this.worklist = worklist;
    this.rowActions = rowActions;
    this.official = official;
    this.clock = clock;
  }

  @GetMapping("/worklist")
  String page(
      @RequestParam(defaultValue = "UNIT") WorklistQuery.Scope scope,
      @RequestParam(required = false) Flag flag,
      @RequestParam(required = false) @Size(max = 255) String procedure,
      @RequestParam(name = "q", required = false) @Size(max = 100) String search,
      @RequestParam(defaultValue = "OVERDUE") WorklistQuery.Sort sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      Model model) {
    var filter =
        new WorklistQuery.Filter(
            scope,
            flag,
            WorklistController.blankToNull(procedure),
            WorklistController.blankToNull(search),
            sort);
    WorklistQuery.Page result = worklist.page(official.id(), official.groups(), filter, page, 50);
    model.addAttribute("user", official.id());
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("actions", rowActions.of(result.rows()));
    model.addAttribute("back", query(filter, page));
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("flags", Flag.values());
    return "worklist";
  }

  /** This page's filters as an encoded query string, for the row actions to come back to. */
  static String query(WorklistQuery.Filter filter, int page) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scope", filter.scope());
    params.put("flag", filter.flag());
    params.put("procedure", filter.procedure());
    params.put("q", filter.search());
    params.put("sort", filter.sort());
    params.put("page", page);
    return params.entrySet().stream()
        .filter(param -> param.getValue() != null)
        .map(param -> param.getKey() + "=" + UriUtils.encode(param.getValue().toString(), UTF_8))
        .collect(Collectors.joining("&"));
  }
}
