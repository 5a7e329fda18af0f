package vn.motcua.catalogue.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The Camunda extension properties ({@code camunda:property}) of a BPMN element, by name. */
public final class ExtensionProperties {

  private ExtensionProperties() {}

  public static Map<String, String> of(BaseElement element) {
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return Map.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
        .collect(
            Collectors.toMap(
                CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> b));
  }
}
