package vn.motcua.engine.internal;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Resolves no script engine for any language, so a script that reached the engine anyway (an old
 * deployment, a DMN script language) fails with "Can't find scripting engine" instead of running.
 * The engine has no switch for this; the JUEL script engine is always registered otherwise, and it
 * evaluates with its own resolver, outside {@link GuardingElResolver}.
 */
final class NoScriptEngines implements ScriptEngineResolver {

  private final ScriptEngineManager manager = new ScriptEngineManager(null);

  @Override
  public void addScriptEngineFactory(ScriptEngineFactory factory) {
    // refused: the product runs no scripts
  }

  @Override
  public ScriptEngineManager getScriptEngineManager() {
    return manager;
  }

  @Override
  public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
    return null;
  }
}
