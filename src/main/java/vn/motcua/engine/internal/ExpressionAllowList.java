package vn.motcua.engine.internal;

import static vn.motcua.engine.internal.Vocabulary.BEANS;
import static vn.motcua.engine.internal.Vocabulary.CONTEXT;
import static vn.motcua.engine.internal.Vocabulary.CONTEXT_PROPERTIES;
import static vn.motcua.engine.internal.Vocabulary.FORBIDDEN_MEMBERS;
import static vn.motcua.engine.internal.Vocabulary.FUNCTIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Which JUEL expressions may be stored in a deployment or a Tasklist filter. The expression is
 * parsed with the engine's own JUEL tree builder (same features as the engine's factory) and its
 * tree walked: it may read process variables and literals, use operators, and call the methods of
 * the product's published beans listed in {@link Vocabulary#BEANS}. Anything else, a method on a
 * variable or a literal, a bean that is not listed, {@code class} or a computed name on something
 * that is not a variable, is refused. An allow-list, because text deny-lists are bypassed by {@code
 * ''['cla'.concat('ss')]}.
 */
final class ExpressionAllowList {

  /** Date arithmetic on {@code dateTime()} that Tasklist's own filters use. */
  private static final Pattern DATE_ARITHMETIC =
      Pattern.compile("(plus|minus|with)[A-Z][A-Za-z]*|toDate");

  /**
   * Where the expression is stored: a deployment, a delegate expression in one (its value is
   * invoked, so it may not name an application bean), or a Tasklist filter (no variables there).
   */
  enum Place {
    DEPLOYMENT,
    DELEGATE,
    FILTER
  }

  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final Predicate<String> applicationBean;

  /**
   * @param applicationBean whether a name resolves to an application bean in expressions
   */
  ExpressionAllowList(Predicate<String> applicationBean) {
    this.applicationBean = applicationBean;
  }

  /** The reasons the expression is refused; empty when it may be stored. */
  List<String> problems(String expression, Place place) {
    List<String> problems = new ArrayList<>();
    try {
      walk(PARSER.build(expression).getRoot(), place, problems);
    } catch (TreeBuilderException e) {
      problems.add("biểu thức không đọc được (unparsable expression): " + e.getMessage());
    }
    return problems;
  }

  private void walk(Node node, Place place, List<String> problems) {
    if (node == null) {
      return;
    }
    if (node instanceof AstMethod method) {
      checkCall(method, place, problems);
      walk(method.getChild(1), place, problems); // the arguments
      return;
    }
    if (node instanceof AstProperty property) {
      checkProperty(property, place, problems);
    } else if (node instanceof AstIdentifier identifier) {
      checkIdentifier(identifier.getName(), place, problems);
    } else if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
      problems.add("hàm '" + function.getName() + "' không được phép (function not allowed)");
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), place, problems);
    }
  }

  private void checkIdentifier(String name, Place place, List<String> problems) {
    if (place == Place.FILTER) {
      problems.add(
          "bộ lọc chỉ được dùng currentUser(), currentUserGroups(), now(), dateTime()"
              + " (filters may not read '"
              + name
              + "')");
    } else if (BEANS.containsKey(name)) {
      problems.add(
          "bean '"
              + name
              + "' chỉ được dùng để gọi phương thức công bố"
              + " (a bean may only be used to call its published methods)");
    } else if (place == Place.DELEGATE && applicationBean.test(name)) {
      problems.add(notPublished(name));
    }
    // Elsewhere a bare name may be a bean or, first, a process variable of that name
    // (recipients, agency): only passed as a value, never read into or called.
  }

  private static String notPublished(String name) {
    return "'"
        + name
        + "' là bean của ứng dụng, không được công bố cho quy trình"
        + " (application bean not published to procedures)";
  }

  /** A method call: only a published method on a published bean, or filter date arithmetic. */
  private void checkCall(AstMethod method, Place place, List<String> problems) {
    Node property = method.getChild(0);
    String name = property instanceof AstDot dot ? memberName(dot) : null;
    Node target = property.getChild(0);
    if (target instanceof AstIdentifier bean
        && name != null
        && BEANS.getOrDefault(bean.getName(), Set.of()).contains(name)
        && place != Place.FILTER) {
      return;
    }
    if (place == Place.FILTER
        && name != null
        && DATE_ARITHMETIC.matcher(name).matches()
        && isDateTime(target)) {
      return;
    }
    problems.add(
        "gọi phương thức '"
            + (name == null ? "?" : name)
            + "' không được phép"
            + " (method call not allowed; only "
            + (place == Place.FILTER ? "dateTime() arithmetic" : "published bean methods " + BEANS)
            + ")");
    if (!(target instanceof AstIdentifier)) {
      walk(target, place, problems);
    }
    if (property instanceof AstBracket) {
      walk(property.getChild(1), place, problems);
    }
  }

  private static boolean isDateTime(Node node) {
    while (node instanceof AstNested) {
      node = node.getChild(0);
    }
    if (node instanceof AstFunction function) {
      return function.getName().equals("dateTime");
    }
    return node instanceof AstMethod method
        && method.getChild(0) instanceof AstDot dot
        && DATE_ARITHMETIC.matcher(memberName(dot)).matches()
        && isDateTime(dot.getChild(0));
  }

  /** A property read {@code a.b} or {@code a[x]}, walked on in {@link #walk}. */
  private void checkProperty(AstProperty property, Place place, List<String> problems) {
    Node prefix = property.getChild(0);
    String name =
        property instanceof AstDot dot
            ? memberName(dot)
            : property.getChild(1) instanceof AstString literal ? literalText(literal) : null;
    if (name != null && FORBIDDEN_MEMBERS.contains(name)) {
      problems.add("truy cập '" + name + "' không được phép (class access not allowed)");
    } else if (prefix instanceof AstIdentifier root
        && !BEANS.containsKey(root.getName())
        && applicationBean.test(root.getName())) {
      problems.add(notPublished(root.getName()));
    } else if (prefix instanceof AstIdentifier root && CONTEXT.contains(root.getName())) {
      if (name == null || !CONTEXT_PROPERTIES.contains(name)) {
        problems.add(
            "thuộc tính '"
                + name
                + "' của "
                + root.getName()
                + " không được phép (only "
                + CONTEXT_PROPERTIES
                + ")");
      }
    } else if (name == null
        && !(property.getChild(1) instanceof AstLiteral)
        && !isVariablePath(prefix)) {
      problems.add("chỉ số tính toán chỉ dùng trên biến (computed name only on a variable)");
    }
  }

  /** A variable, or properties of one: {@code a}, {@code a.b}, {@code a['b']}. */
  private boolean isVariablePath(Node node) {
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      return !BEANS.containsKey(name) && !CONTEXT.contains(name) && !applicationBean.test(name);
    }
    return node instanceof AstProperty && isVariablePath(node.getChild(0));
  }

  private static String memberName(AstDot dot) {
    return dot.toString().substring(2); // AstDot#toString is ". " + name
  }

  private static String literalText(AstString literal) {
    return String.valueOf(literal.eval(null, null));
  }
}
