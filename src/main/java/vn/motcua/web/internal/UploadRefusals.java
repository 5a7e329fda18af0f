package vn.motcua.web.internal;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * An upload refused for its size (over {@code spring.servlet.multipart.max-file-size}) gets its 413
 * problem read by the client: Tomcat goes on reading the rest of the body, up to {@code
 * server.tomcat.max-swallow-size} (2 MB), instead of closing the connection at once, which resets
 * it under a client still sending and loses the answer. Far larger bodies are still cut off.
 */
@Component
class UploadRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
  }
}
