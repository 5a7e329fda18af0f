package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The literal arguments a process's execution listeners (on its steps, events and flows) pass to
 * one bean method: {@code pauseClock(execution, 'VERIFICATION')} gives {@code VERIFICATION}.
 */
final class ListenerArguments {

  private ListenerArguments() {}

  /** {@code method(execution, '<argument>')} in the listeners of {@code process}. */
  static List<String> of(Process process, String method) {
    Pattern call =
        Pattern.compile(Pattern.quote(method) + "\\(\\s*execution\\s*,\\s*'([^']*)'\\s*\\)");
    List<String> arguments = new ArrayList<>();
    for (CamundaExecutionListener listener :
        process.getModelInstance().getModelElementsByType(CamundaExecutionListener.class)) {
      if (!within(listener, process)) {
        continue;
      }
      String expression = listener.getCamundaExpression();
      Matcher matcher = call.matcher(expression == null ? "" : expression);
      while (matcher.find()) {
        arguments.add(matcher.group(1));
      }
    }
    return arguments;
  }

  private static boolean within(ModelElementInstance element, Process process) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e.equals(process)) {
        return true;
      }
    }
    return false;
  }
}
