package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The element templates of {@code .camunda/element-templates/}, packaged as classpath resources
 * under {@value #FOLDER} (pom.xml): the same files Camunda Modeler reads from its {@code
 * resources/element-templates} folder and the studio applies.
 */
@Component
class StudioElementTemplates {

  static final String FOLDER = "studio/element-templates/";

  private final ObjectMapper json;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  StudioElementTemplates(ObjectMapper json) {
    this.json = json;
  }

  /** Every template of every file, as one array (Modeler accepts an array per file). */
  ArrayNode all() {
    ArrayNode all = json.createArrayNode();
    for (Resource file : files()) {
      JsonNode read = read(file);
      if (read.isArray()) {
        read.forEach(all::add);
      } else {
        all.add(read);
      }
    }
    return all;
  }

  /** One file by its name without {@code .json}. */
  Optional<JsonNode> file(String name) {
    return Arrays.stream(files())
        .filter(f -> (name + ".json").equals(f.getFilename()))
        .findFirst()
        .map(this::read);
  }

  private Resource[] files() {
    try {
      Resource[] files = resolver.getResources("classpath*:" + FOLDER + "*.json");
      Arrays.sort(files, Comparator.comparing(Resource::getFilename));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
