package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A new procedure from the studio's template ({@code studio/template/}): reception, appraisal,
 * approval and result return with the dossier rungs' event sub-processes (soon due, overdue,
 * apology), derived from the construction permit procedure; ids and form ids from the key, the name
 * given. The metadata an administrator must fill is left blank (the checks say which); the legal
 * time is 15 working days and the step budgets (4 h, 7 d, 2 d, 4 h) fit it.
 */
@Component
class StudioTemplate {

  static final String KEY = "__KEY__";
  static final String NAME = "__NAME__";
  static final List<String> FORMS =
      List.of("intake", "reception", "appraisal", "approval", "result-return");

  private final ObjectMapper json;

  StudioTemplate(ObjectMapper json) {
    this.json = json;
  }

  record Template(String key, String bpmn, Map<String, JsonNode> forms) {}

  Template create(String key, String name) {
    String bpmn =
        read("procedure.bpmn")
            .replace(KEY, key)
            .replace(NAME, HtmlUtils.htmlEscape(name, StandardCharsets.UTF_8.name()));
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try {
      for (String form : FORMS) {
        forms.put(key + "-" + form, json.readTree(read(form + ".form").replace(KEY, key)));
      }
      forms.put("apology-letter", json.readTree(read("apology-letter.form")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Template(key, bpmn, forms);
  }

  private static String read(String file) {
    try (InputStream in = new ClassPathResource("studio/template/" + file).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
