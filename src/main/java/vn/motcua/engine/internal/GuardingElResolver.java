package vn.motcua.engine.internal;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Wraps the engine's ELResolver so that, whatever expression was stored (an old deployment, a
 * Tasklist filter), reading or calling anything on a class, class loader, runtime, process, thread
 * or reflection object, the Spring context or environment, or the {@code class}/{@code getClass}
 * members of anything, throws instead of running. The engine turns the exception into a failed
 * command or an incident. Defence in depth behind the deployment allow-list: JUEL has no sandbox of
 * its own.
 */
final class GuardingElResolver extends ELResolver {

  private static final List<Class<?>> FORBIDDEN_BASES =
      List.of(
          Class.class,
          ClassLoader.class,
          Module.class,
          ModuleLayer.class,
          Runtime.class,
          ProcessBuilder.class,
          Process.class,
          ProcessHandle.class,
          Thread.class,
          ThreadGroup.class,
          System.Logger.class,
          org.springframework.beans.factory.BeanFactory.class,
          org.springframework.core.env.Environment.class);

  private static final List<String> FORBIDDEN_PACKAGES =
      List.of("java.lang.reflect.", "java.lang.invoke.", "javax.script.", "sun.", "jdk.internal.");

  private final ELResolver delegate;

  GuardingElResolver(ELResolver delegate) {
    this.delegate = delegate;
  }

  /** Throws when the base or the member is one expressions must never touch. */
  static void check(Object base, Object member) {
    if (member instanceof String name && Vocabulary.FORBIDDEN_MEMBERS.contains(name)) {
      throw refused("'" + name + "'");
    }
    if (base == null) {
      return;
    }
    for (Class<?> type : FORBIDDEN_BASES) {
      if (type.isInstance(base)) {
        throw refused(type.getName());
      }
    }
    String className = base.getClass().getName();
    for (String prefix : FORBIDDEN_PACKAGES) {
      if (className.startsWith(prefix)) {
        throw refused(className);
      }
    }
  }

  private static ProcessEngineException refused(String what) {
    return new ProcessEngineException(
        "Biểu thức bị chặn: không được truy cập "
            + what
            + " / expression refused: no access to "
            + what);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property);
    return delegate.getValue(context, base, property);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
    check(base, method);
    return delegate.invoke(context, base, method, types, params);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property);
    return delegate.getType(context, base, property);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property);
    delegate.setValue(context, base, property, value);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    check(base, property);
    return delegate.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return delegate.getFeatureDescriptors(context, base);
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return delegate.getCommonPropertyType(context, base);
  }

  @Override
  public Object convertToType(ELContext context, Object obj, Class<?> type) {
    return delegate.convertToType(context, obj, type);
  }
}
