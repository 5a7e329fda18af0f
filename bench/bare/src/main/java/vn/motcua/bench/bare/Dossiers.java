package vn.motcua.bench.bare;

/** The procedure and the test communes of the benchmark. */
final class Dossiers {

  static final String PROCESS_KEY = "birth-registration";

  private Dossiers() {}

  /** Test commune number {@code n} (0-based): 000.00.50.H99, 000.00.51.H99, … as in bench/run. */
  static String commune(int n) {
    return "000.00." + (50 + n) + ".H99";
  }
}
