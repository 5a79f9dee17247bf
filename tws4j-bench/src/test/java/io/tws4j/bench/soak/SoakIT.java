package io.tws4j.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The soak harness, short and exact, in CI: orders from several threads on both surfaces and
 * market data streams while the simulated gateway suffers every kind of fault the harness knows.
 * Every figure that breaks tws4j's promise must be zero; the long run is {@link Soak}.
 */
class SoakIT {

    @Test
    void ordersAndStreamsSurviveFaultsWithNothingLostDoubledOrAmbiguous() throws InterruptedException {
        SoakReport report = SoakRun.run(new SoakPlan(400, 4, 10, 25, Duration.ofMillis(40), 7));
        report.print(System.out);

        assertThat(report.violations()).isEmpty();
        assertThat(report.acknowledged()).isPositive();
        assertThat(report.fillsBooked()).isPositive();
        assertThat(report.streamsDelivering()).isEqualTo(10);
        assertThat(report.faultsByKind().keySet()).contains("disconnect", "restart", "connectivity lost (1101)");
        assertThat(report.faultsByKind().keySet()).anyMatch(kind -> kind.contains("after frames"));
    }
}
