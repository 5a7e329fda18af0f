package vn.motcua.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.engine.EngineLists;

/**
 * Spares every authorized engine command a scan of the whole authorization table. Before it checks
 * a user's authorizations, Camunda keeps only those of the user's groups that appear in some
 * authorization, and finds them with {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}
 * once per command. Every open step carries a few task authorizations (its candidate group, the
 * supervisors' READ), so at 100k open dossiers that is a scan of some 300k rows for each task query
 * or completion: measured here, 60% of PostgreSQL's time in the lifecycle benchmark (see
 * BENCHMARKS.md). Filtering only shortens the {@code GROUP_ID_ in (…)} lists of the checks, and an
 * official belongs to a handful of groups, so up to {@code
 * motcua.security.authorization-group-filter-above} groups (32) the user's groups are passed on as
 * they are; the checks are the same, a group without authorizations matches nothing. Camunda has
 * this as an open issue (camunda/camunda-bpm-platform#5485); a fork offers the same threshold as an
 * engine option. Hand-written: Camunda 7.24 has no option for it.
 */
@Component
class FewGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {

  private final int filterAbove;

  FewGroupsAuthorizationPlugin(
      @Value("${motcua.security.authorization-group-filter-above:32}") int filterAbove) {
    this.filterAbove = filterAbove;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomSessionFactories(
        EngineLists.append(
            configuration.getCustomSessionFactories(),
            new SessionFactory() {
              @Override
              public Class<?> getSessionType() {
                return AuthorizationManager.class;
              }

              @Override
              public Session openSession() {
                return new FewGroupsAuthorizationManager(filterAbove);
              }
            }));
  }

  /** Camunda's authorization manager, without the group filter for users of few groups. */
  static class FewGroupsAuthorizationManager extends AuthorizationManager {

    private final int filterAbove;

    FewGroupsAuthorizationManager(int filterAbove) {
      this.filterAbove = filterAbove;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null
          && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= filterAbove) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
