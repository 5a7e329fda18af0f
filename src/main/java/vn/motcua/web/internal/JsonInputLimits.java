package vn.motcua.web.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a JSON request body may hold, for every endpoint of ours at once (the application's one
 * ObjectMapper; the engine REST API has its own): a key twice is refused ({@code
 * STRICT_DUPLICATE_DETECTION}), as are strings longer than {@link #MAX_STRING} characters, bodies
 * over {@link #MAX_DOCUMENT} characters, nesting deeper than {@link #MAX_DEPTH} (Jackson's {@code
 * StreamReadConstraints}), a NUL character anywhere ({@link NulRefusingJsonFactory}: PostgreSQL
 * stores none), dates outside the years {@link YearRange#FIRST}–{@link YearRange#LAST} ({@link
 * YearRange}) and null as an element of a list or set. Each ends as a 400 problem naming the field
 * ({@link ProblemDetailsAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputLimits {

  static final int MAX_STRING = 100_000;
  static final long MAX_DOCUMENT = 2_000_000;
  static final int MAX_DEPTH = 50;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer limitedJsonParsing() {
    return builder ->
        builder
            .factory(
                new NulRefusingJsonFactory(
                    (JsonFactoryBuilder)
                        new JsonFactoryBuilder()
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .streamReadConstraints(
                                StreamReadConstraints.builder()
                                    .maxStringLength(MAX_STRING)
                                    .maxDocumentLength(MAX_DOCUMENT)
                                    .maxNestingDepth(MAX_DEPTH)
                                    .build())))
            .postConfigurer(
                mapper -> {
                  for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
                    mapper
                        .configOverride(type)
                        .setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
                  }
                });
  }

  @Bean
  Module yearRange() {
    return new SimpleModule("motcua-year-range").setDeserializerModifier(new YearRange());
  }
}
