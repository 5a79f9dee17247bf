package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.wire.InMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios played against a running gateway: each step at its time, the run awaited or cancelled. */
class ScenarioIT {
    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void stepsArriveInTheirOrderAndTheRunEndsWhenTheirEffectsAreOver() throws Exception {
        Scenario scenario = Scenario.named("a bad morning")
                .at(Duration.ofMillis(100), 1, Fault.notice(-1, 2100, "API client has been unsubscribed from account data."))
                .at(Duration.ofMillis(300), Fault.farmFlap("usfarm", Duration.ofMillis(300)))
                .at(Duration.ofMillis(800), Fault.connectivityLost(Duration.ofMillis(300), true))
                .at(Duration.ofMillis(900), 9, Fault.disconnect())
                .build();
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            ScenarioRun run = gateway.play(scenario);

            List<Integer> codes = new ArrayList<>();
            while (codes.size() < 5) {
                codes.add(client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser()).getErrorCode());
            }

            assertThat(codes).containsExactly(2100, 2103, 2104, 1100, 1102);
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            ScenarioProgress progress = run.progress();
            assertThat(progress.applied()).isEqualTo(3);
            assertThat(progress.skipped()).isEqualTo(1);
            assertThat(progress.done()).isTrue();
            assertThat(progress.nextStepAt()).isEmpty();
            assertThat(gateway.scenarios()).containsExactly(run);
        }
    }

    @Test
    void theShippedNightlyRestartScenarioReadsAndPlays() throws IOException, InterruptedException {
        Scenario nightly = ScenarioFormat.readResource("scenarios/nightly-restart.yaml");
        Scenario quick = new Scenario(nightly.name(), nightly.steps().stream()
                .map(step -> new Scenario.Step(step.at().dividedBy(10), step.clientId(), tenTimesFaster(step.fault()))).toList());
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            ScenarioRun run = gateway.play(quick);

            List<Integer> codes = new ArrayList<>();
            while (!codes.contains(1100) || codes.indexOf(1100) == codes.lastIndexOf(1100)) {
                codes.add(client.nextOf(InMessage.ERR_MSG, ErrorMessage.parser()).getErrorCode());
            }
            assertThat(codes).containsSubsequence(2103, 2105, 2104, 2106, 1100, 1101, 1100);
            assertThat(client.isClosedByGateway()).isTrue();
            assertThat(run.await(Duration.ofSeconds(15))).isTrue();
        }
        try (RawClient again = RawClient.started(gateway.port(), 1)) {
            assertThat(gateway.connectedClientIds()).containsExactly(1);
        }
    }

    private static Fault tenTimesFaster(Fault fault) {
        return switch (fault) {
            case Fault.FarmFlap flap -> new Fault.FarmFlap(flap.farm(), flap.kind(), flap.duration().dividedBy(10));
            case Fault.ConnectivityLost lost -> new Fault.ConnectivityLost(lost.duration().dividedBy(10), lost.dataMaintained());
            case Fault.Restart restart -> new Fault.Restart(restart.downtime().dividedBy(10));
            default -> fault;
        };
    }

    @Test
    void aCancelledRunAppliesNothingMore() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            ScenarioRun run = gateway.play(Scenario.named("later").at(Duration.ofMinutes(10), Fault.disconnect()).build());

            run.cancel();

            assertThat(run.finished()).isDone();
            assertThat(run.progress().cancelled()).isTrue();
            assertThat(run.progress().skipped()).isEqualTo(1);
            assertThat(gateway.connectedClientIds()).containsExactly(1);
        }
    }
}
