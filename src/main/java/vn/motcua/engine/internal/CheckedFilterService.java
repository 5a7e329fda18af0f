package vn.motcua.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;
import vn.motcua.engine.internal.ExpressionAllowList.Place;

/**
 * The engine's filter service, refusing to store a filter whose query holds an expression other
 * than Tasklist's own ({@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}},
 * {@code ${dateTime()…}} arithmetic). Stored filter expressions are evaluated by the engine's
 * expression manager whenever the filter is listed, so storing one is running code. Checked here,
 * not at HTTP level, so the Java API, {@code /engine-rest/filter} and Tasklist's own {@code
 * /camunda/api/engine/…/filter} are covered alike, for administrators too. The refusal is a {@link
 * BadUserRequestException}: 400 from the engine REST API.
 */
final class CheckedFilterService extends FilterServiceImpl {

  private final ExpressionAllowList expressions;

  CheckedFilterService(ExpressionAllowList expressions) {
    this.expressions = expressions;
  }

  @Override
  public Filter saveFilter(Filter filter) {
    List<String> problems = new ArrayList<>();
    for (AbstractQuery<?, ?> query : queries(filter.getQuery())) {
      query
          .getExpressions()
          .forEach(
              (field, expression) ->
                  expressions.problems(expression, Place.FILTER).stream()
                      .map(problem -> field + " " + expression + ": " + problem)
                      .forEach(problems::add));
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(
          "Bộ lọc bị từ chối / filter refused: " + String.join("; ", problems));
    }
    return super.saveFilter(filter);
  }

  /** The query and, for a task query, each of its "or" queries. */
  private static List<AbstractQuery<?, ?>> queries(Query<?, ?> query) {
    if (query instanceof TaskQueryImpl task) {
      return new ArrayList<>(task.getQueries());
    }
    if (query instanceof AbstractQuery<?, ?> other) {
      return List.of(other);
    }
    return List.of();
  }
}
