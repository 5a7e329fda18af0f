package vn.motcua.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.motcua.engine.internal.ExpressionAllowList.Place;

/**
 * What a BPMN or DMN document may contain: every {@code ${…}} / {@code #{…}} in any attribute or
 * text (walking the whole DOM, so no BPMN element kind is missed) passes the {@link
 * ExpressionAllowList}; no scripts, no script conditions, no Java classes. The product's procedures
 * need none of them, and each would run code the allow-list cannot see.
 */
final class ResourceRules {

  /** Elements that hold or run scripts: script tasks, script listeners and I/O, connectors. */
  private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script", "connector");

  /** Attributes that name Java classes, script files or script languages. */
  private static final Set<String> CODE_ATTRIBUTES =
      Set.of("class", "variableMappingClass", "resource", "scriptFormat", "language");

  /** FEEL for DMN; XML Schema and XPath, the BPMN defaults the engine ignores. */
  private static final Pattern LANGUAGES = Pattern.compile("(?i)feel|XMLSchema|XPath");

  /** Classes a deployment may name in camunda:class; the product publishes beans instead. */
  static final Set<String> CLASSES = Set.of();

  /** One problem: the element it is on (its id, or the nearest ancestor's) and the reason. */
  record Finding(String elementId, String message) {}

  private final ExpressionAllowList expressions;

  ResourceRules(ExpressionAllowList expressions) {
    this.expressions = expressions;
  }

  List<Finding> check(Element root) {
    List<Finding> findings = new ArrayList<>();
    walk(root, root.getAttribute("id"), findings);
    return findings;
  }

  private void walk(Element element, String owner, List<Finding> findings) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : owner;
    String name = element.getLocalName();
    if (SCRIPT_ELEMENTS.contains(name)) {
      findings.add(new Finding(id, "<" + name + ">: không được dùng script (no scripts allowed)"));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      attribute(element, attribute, id, findings);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        walk(nested, id, findings);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        expression(child.getNodeValue(), "<" + name + ">", Place.DEPLOYMENT, id, findings);
      }
    }
  }

  private void attribute(Element element, Attr attribute, String id, List<Finding> findings) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean dmnLanguage = name.equals("expressionLanguage") || name.equals("typeLanguage");
    if (dmnLanguage && !LANGUAGES.matcher(value).find()) {
      findings.add(new Finding(id, name + "=\"" + value + "\": chỉ dùng FEEL (only FEEL)"));
    } else if (CODE_ATTRIBUTES.contains(name)
        && !isXmlNamespace(attribute)
        && !(name.equals("class") && CLASSES.contains(value))) {
      findings.add(
          new Finding(
              id,
              name
                  + "=\""
                  + value
                  + "\": không được dùng lớp Java hay"
                  + " script (no Java classes or scripts allowed)"));
    } else {
      Place place = name.endsWith("elegateExpression") ? Place.DELEGATE : Place.DEPLOYMENT;
      expression(value, name, place, id, findings);
    }
  }

  private static boolean isXmlNamespace(Attr attribute) {
    return "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI());
  }

  private void expression(
      String text, String where, Place place, String id, List<Finding> findings) {
    if (text == null || !(text.contains("${") || text.contains("#{"))) {
      return;
    }
    for (String problem : expressions.problems(text, place)) {
      findings.add(new Finding(id, where + " " + text.strip() + ": " + problem));
    }
  }
}
