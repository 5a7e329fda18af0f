package vn.motcua.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.motcua.organization.Officials;

/**
 * The user's language: {@code ?lang=en} or {@code ?lang=vi} on any page switches it and a cookie
 * keeps it; pages are otherwise in Vietnamese, whatever the browser's language, and the API follows
 * Accept-Language (Vietnamese without one). Request parameters naming an enum constant are read
 * regardless of case ({@code scope=mine}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final ObjectProvider<Officials> officials;

  WebConfiguration(ObjectProvider<Officials> officials) {
    this.officials = officials;
  }

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("motcua-lang");
    resolver.setDefaultLocaleFunction(
        request ->
            (requestedPath(request).startsWith(request.getContextPath() + "/api/")
                        || requestedPath(request)
                            .startsWith(request.getContextPath() + "/engine-rest/"))
                    && request.getHeader("Accept-Language") != null
                ? request.getLocale()
                : VIETNAMESE);
    return resolver;
  }

  /** Camunda's REST errors as problem details, after authentication and the engine API guard. */
  @Bean
  FilterRegistrationBean<EngineRestProblems> engineRestProblems(
      ProblemWriter problems, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new EngineRestProblems(problems, json, false));
    registration.setName("motcua-engine-rest-problems");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    return registration;
  }

  /** The product's refusals inside the engine, on the webapps' engine API (Tasklist's). */
  @Bean
  FilterRegistrationBean<EngineRestProblems> webappEngineProblems(
      ProblemWriter problems, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new EngineRestProblems(problems, json, true));
    registration.setName("motcua-webapp-engine-problems");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    return registration;
  }

  /** The path asked for, also while the error page answers for it. */
  private static String requestedPath(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return original != null ? original.toString() : request.getRequestURI();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(new LanguageChoice(officials));
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverterFactory(new AnyCaseEnums());
  }

  /** String to enum constant, ignoring case; blank is null. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class AnyCaseEnums implements ConverterFactory<String, Enum> {
    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
      return text ->
          text == null || text.isBlank()
              ? null
              : (T) Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }
  }
}
