package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese locale of each Camunda webapp ({@code locales/vi.json} under {@code
 * META-INF/resources/webjars/camunda/app/<app>/}) against the English one shipped in Camunda's
 * webjar at the same place: every key (nested, date words included), the same {@code {{…}}}
 * placeholders and HTML tags, nothing left empty that English fills, and no label left in English
 * but product and format names, operators and the few literals listed in {@link #SAME_IN_BOTH}.
 */
class WebappLocalesUnitTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern TAG =
      Pattern.compile("</?(a|b|br|code|div|em|i|li|p|small|span|strong|ul)\\b[^>]*>");

  /**
   * Labels Vietnamese writes as English does: product and format names, search operators, and in
   * Cockpit the marker of an empty value ("null"), a date pattern and a REST field name it shows.
   */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "Camunda",
          "Camunda Cockpit",
          "Optimize",
          "Tenant",
          "CSV",
          "JSON",
          "null",
          "requestPayload",
          "YYYY-MM-DDTHH:mm:ss",
          "<",
          "<=",
          ">",
          ">=");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseHasEveryKeyOfEnglishWithItsPlaceholdersAndTags(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));

    assertThat(vietnamese.keySet()).containsAll(english.keySet());
    english.forEach(
        (key, text) -> {
          String translated = vietnamese.get(key);
          assertThat(matches(PLACEHOLDER, translated))
              .as(key)
              .isEqualTo(matches(PLACEHOLDER, text));
          assertThat(matches(TAG, translated)).as(key).isEqualTo(matches(TAG, text));
          // Cockpit's PLGN_BATCH_S is English's plural "s", which Vietnamese does without
          if (!text.isBlank() && !text.equals("s")) {
            assertThat(translated).as(key).isNotBlank();
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsTranslated(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en").get("labels"));
    Map<String, String> vietnamese = flatten(read(app, "vi").get("labels"));

    List<String> untranslated = new ArrayList<>();
    english.forEach(
        (key, text) -> {
          if (!text.isBlank() && text.equals(vietnamese.get(key)) && !SAME_IN_BOTH.contains(text)) {
            untranslated.add(key);
          }
        });
    assertThat(untranslated).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreWrittenTheVietnameseWay(String app) throws IOException {
    JsonNode dates = read(app, "vi").get("dateLocales");
    assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(dates.at("/weekdays/1").asText()).isEqualTo("thứ hai");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin"})
  void buttonsOfficialsUseReadVietnamese(String app) throws IOException {
    JsonNode labels = read(app, "vi").get("labels");
    assertThat(labels.get("SIGN_OUT_ACTION").asText()).isEqualTo("Đăng xuất");
    if (app.equals("tasklist")) {
      assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
      assertThat(labels.get("COMPLETE").asText()).isEqualTo("Hoàn thành");
      assertThat(labels.get("REQUIRED_FIELD").asText()).isEqualTo("Trường bắt buộc");
    }
  }

  private static JsonNode read(String app, String language) throws IOException {
    String path =
        "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try (InputStream in = WebappLocalesUnitTests.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      int start =
          bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0; // Camunda's files have a BOM
      return JSON.readTree(new String(bytes, start, bytes.length - start, "UTF-8"));
    }
  }

  /** Every leaf as "path.to.key" → text (array items by index). */
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> flatten(path + "/" + f.getKey(), f.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "/" + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    found.sort(null);
    return found;
  }
}
