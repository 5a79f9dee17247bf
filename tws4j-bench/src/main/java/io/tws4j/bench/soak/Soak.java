package io.tws4j.bench.soak;

/**
 * The soak harness, by hand: {@code java -cp tws4j-bench/target/benchmarks.jar io.tws4j.bench.soak.Soak
 * [orders=2000] [threads=8] [streams=20] [faults=1000] [spacingMillis=60] [seed=1]}. Prints the
 * report and exits non-zero if the promise was broken. CI runs a short version ({@code SoakIT}).
 */
public final class Soak {
    private Soak() {}

    public static void main(String[] args) throws InterruptedException {
        SoakReport report = SoakRun.run(SoakPlan.parse(args));
        report.print(System.out);
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }
}
