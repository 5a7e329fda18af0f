package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Một Cửa: the engine that runs a government's administrative procedures. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Một Cửa")
public class MotCuaApplication {

  public static void main(String[] args) {
    SpringApplication.run(MotCuaApplication.class, args);
  }
}
