package io.tws4j.simulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.simulator.Fault;
import io.tws4j.simulator.Scenario;
import io.tws4j.simulator.ScenarioRun;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension plays scenarios on the gateways it starts. */
class ScenarioExtensionTest {

    @Nested
    class Annotated {
        @RegisterExtension
        final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

        @Test
        @PlayScenario("scenarios/flap.yaml")
        void aMethodsScenarioPlaysFromTheGatewaysStart(SimulatedGateway running) throws InterruptedException {
            ScenarioRun run = gateway.scenarioRun().orElseThrow();

            assertThat(run.scenario().name()).isEqualTo("one flap");
            assertThat(running.scenarios()).containsExactly(run);
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            assertThat(run.progress().applied()).isEqualTo(1);
        }

        @Test
        void aMethodWithoutOnePlaysNone(SimulatedGateway running) {
            assertThat(gateway.scenarioRun()).isEmpty();
            assertThat(running.scenarios()).isEmpty();
        }
    }

    @Nested
    class Configured {
        @RegisterExtension
        final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod()
                .withScenario(Scenario.named("quiet notice").at(Duration.ZERO, Fault.notice(-1, 2100, "hello")).build());

        @Test
        void everyGatewayPlaysTheExtensionsScenario() throws InterruptedException {
            ScenarioRun run = gateway.scenarioRun().orElseThrow();

            assertThat(run.scenario().name()).isEqualTo("quiet notice");
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
        }

        @Test
        @PlayScenario("scenarios/flap.yaml")
        void anAnnotatedMethodPlaysItsOwnInstead() {
            assertThat(gateway.scenarioRun().orElseThrow().scenario().name()).isEqualTo("one flap");
        }
    }
}
