package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What keeps one step from rewriting another's decision, given that a step writes only the editable
 * fields of its own form ({@link TaskFormFields}): in every shipped procedure, no field is editable
 * on the forms of two different steps, and no form offers a product-owned variable.
 */
class StepFormsUnitTests {

  private static final Pattern USER_TASK =
      Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void eachEditableFieldBelongsToOneStepAndNoneIsTheProducts() throws IOException {
    List<Path> processes;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      processes = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
    }
    int steps = 0;
    for (Path process : processes) {
      Map<String, String> ownerOf = new HashMap<>();
      var tasks = USER_TASK.matcher(Files.readString(process));
      while (tasks.find()) {
        steps++;
        String step = tasks.group(1);
        for (String field : editable(Path.of("forms", tasks.group(2) + ".form"))) {
          assertThat(TaskFormFields.PRODUCT_OWNED)
              .as("%s %s", process, field)
              .doesNotContain(field);
          String owner = ownerOf.putIfAbsent(field, step);
          assertThat(owner == null || owner.equals(step))
              .as("%s: %s editable in %s and %s", process, field, owner, step)
              .isTrue();
        }
      }
    }
    assertThat(steps).isGreaterThan(20);
  }

  private List<String> editable(Path form) throws IOException {
    List<String> fields = new java.util.ArrayList<>();
    collect(json.readTree(form.toFile()), fields);
    return fields;
  }

  private static void collect(JsonNode node, List<String> fields) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, fields));
    } else if (node.isObject()) {
      if (node.hasNonNull("key")
          && !node.path("disabled").asBoolean(false)
          && !node.path("readonly").asBoolean(false)) {
        fields.add(node.get("key").asText());
      }
      collect(node.path("components"), fields);
    }
  }
}
