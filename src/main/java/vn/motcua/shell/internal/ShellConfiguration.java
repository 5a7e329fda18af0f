package vn.motcua.shell.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.motcua.organization.Officials;

/** Keeps a signed-in official's choice of language ({@link LanguageChoice}). */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

  private final ObjectProvider<Officials> officials;

  ShellConfiguration(ObjectProvider<Officials> officials) {
    this.officials = officials;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageChoice(officials));
  }
}
