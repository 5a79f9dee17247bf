package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON and YAML form of faults and scenarios: stable, exact both ways, and strict. */
class ScenarioFormatTest {

    static Stream<Fault> everyFault() {
        return Stream.of(
                Fault.disconnect(),
                Fault.stall(Duration.ofSeconds(30)),
                Fault.malformed(Fault.Malformation.TRUNCATED),
                Fault.notice(-1, 2100, "API client has been unsubscribed from account data."),
                Fault.restart(Duration.ofSeconds(5)),
                Fault.connectivityLost(Duration.ofSeconds(10), false),
                Fault.farmFlap("usfarm", Duration.ofMillis(1500)),
                Fault.stopWriting(Duration.ofSeconds(3)),
                Fault.stopWritingThenClose(Duration.ofSeconds(3)),
                Fault.dropAfterFrames(2),
                Fault.closeAfterFrames(1),
                Fault.closeGracefully(),
                Fault.competingSession(),
                Fault.pacingViolation(OutMessage.REQ_REAL_TIME_BARS, 3));
    }

    @ParameterizedTest
    @MethodSource("everyFault")
    void everyFaultRoundTripsThroughJson(Fault fault) {
        String json = ScenarioFormat.toJson(fault);

        assertThat(json).startsWith("{\"type\":\"" + ScenarioFormat.typeOf(fault) + "\"");
        assertThat(ScenarioFormat.readFault(json)).isEqualTo(fault);
    }

    @Test
    void everyFaultTypeHasAName() {
        Set<Class<?>> records = Stream.of(Fault.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> covered = everyFault().map(Object::getClass).collect(Collectors.toSet());

        assertThat(covered).isEqualTo(records);
        assertThat(everyFault().map(ScenarioFormat::typeOf)).doesNotContainNull();
    }

    @Test
    void theDocumentedFormsReadAsTheirFaults() {
        assertThat(ScenarioFormat.readFault("{\"type\":\"restart\",\"downtime\":\"PT5S\"}"))
                .isEqualTo(Fault.restart(Duration.ofSeconds(5)));
        assertThat(ScenarioFormat.readFault("{\"type\":\"farm-flap\",\"farm\":\"usfarm\",\"duration\":\"PT2S\"}"))
                .isEqualTo(new Fault.FarmFlap("usfarm", Fault.FarmKind.MARKET_DATA, Duration.ofSeconds(2)));
        assertThat(ScenarioFormat.readFault("{\"type\":\"pacing-violation\",\"request\":\"REQ_HISTORICAL_DATA\"}"))
                .isEqualTo(Fault.pacingViolation(OutMessage.REQ_HISTORICAL_DATA));
        assertThat(ScenarioFormat.readStep("{\"type\":\"disconnect\",\"clientId\":3,\"at\":\"PT1S\"}"))
                .isEqualTo(Scenario.Step.of(Duration.ofSeconds(1), 3, Fault.disconnect()));
        assertThat(ScenarioFormat.toJson(Fault.restart(Duration.ofSeconds(5)))).isEqualTo("{\"type\":\"restart\",\"downtime\":\"PT5S\"}");
    }

    @Test
    void theKindOfAFarmFollowsFromItsName() {
        assertThat(((Fault.FarmFlap) Fault.farmFlap("ushmds", Duration.ofSeconds(1))).kind()).isEqualTo(Fault.FarmKind.HISTORICAL);
        assertThat(((Fault.FarmFlap) Fault.farmFlap("secdefil", Duration.ofSeconds(1))).kind())
                .isEqualTo(Fault.FarmKind.SECURITY_DEFINITION);
        assertThat(((Fault.FarmFlap) Fault.farmFlap("cashfarm", Duration.ofSeconds(1))).kind()).isEqualTo(Fault.FarmKind.MARKET_DATA);
    }

    @Test
    void aScenarioRoundTripsThroughJsonAndYaml() {
        Scenario scenario = Scenario.named("a day")
                .at(Duration.ofSeconds(5), Fault.restart(Duration.ofSeconds(3)))
                .at(Duration.ofSeconds(1), Fault.farmFlap("usfarm", Duration.ofSeconds(2)))
                .at(Duration.ofMillis(1500), 3, Fault.closeAfterFrames(1))
                .build();

        assertThat(scenario.steps()).extracting(Scenario.Step::at)
                .containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(5));
        assertThat(ScenarioFormat.readJson(ScenarioFormat.toJson(scenario))).isEqualTo(scenario);
        assertThat(ScenarioFormat.readYaml(ScenarioFormat.toYaml(scenario))).isEqualTo(scenario);
        assertThat(ScenarioFormat.toYaml(scenario)).contains("type: close-after-frames").contains("clientId: 3")
                .contains("at: PT1.5S");
    }

    @Test
    void theSampleFileHoldsEveryFaultTypeAndRoundTrips() {
        Scenario sample = ScenarioFormat.readResource("scenarios/every-fault.yaml");

        assertThat(sample.name()).isEqualTo("every fault");
        assertThat(sample.steps()).hasSize(14);
        Set<Class<?>> types = sample.steps().stream().map(step -> step.fault().getClass()).collect(Collectors.toSet());
        assertThat(types).isEqualTo(Set.of(Fault.class.getPermittedSubclasses()));
        assertThat(sample.steps().get(5)).isEqualTo(Scenario.Step.of(Duration.ofSeconds(3), 2, Fault.stall(Duration.ofSeconds(1))));
        assertThat(ScenarioFormat.readYaml(ScenarioFormat.toYaml(sample))).isEqualTo(sample);
        assertThat(ScenarioFormat.readJson(ScenarioFormat.toJson(sample))).isEqualTo(sample);
    }

    @Test
    void theShippedExampleReads() {
        Scenario nightly = ScenarioFormat.readResource("scenarios/nightly-restart.yaml");

        assertThat(nightly.steps()).last().isEqualTo(Scenario.Step.of(Duration.ofSeconds(12), Fault.restart(Duration.ofSeconds(5))));
    }

    @Test
    void badInputIsANamedErrorThatSaysWhatIsWrong() {
        assertThatThrownBy(() -> ScenarioFormat.readFault("{\"type\":\"reboot\"}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("unknown fault type \"reboot\"")
                .hasMessageContaining("restart");
        assertThatThrownBy(() -> ScenarioFormat.readFault("{\"type\":\"restart\",\"downtme\":\"PT5S\"}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("downtme");
        assertThatThrownBy(() -> ScenarioFormat.readFault("{\"type\":\"drop-after-frames\",\"frames\":0}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("frames must be at least 1");
        assertThatThrownBy(() -> ScenarioFormat.readFault("{\"downtime\":\"PT5S\"}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("needs a \"type\"");
        assertThatThrownBy(() -> ScenarioFormat.readYaml("name: x\nsteps:\n  - type: disconnect\n"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("needs \"at\"");
        assertThatThrownBy(() -> ScenarioFormat.readYaml("name: x\nsteps:\n  - at: PT1S\n    type: restart\n    downtime: PT1S\n    clientId: 2\n"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("gateway-wide");
        assertThatThrownBy(() -> ScenarioFormat.readResource("scenarios/none.yaml"))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("scenarios/none.yaml");
    }

    @Test
    void stepsKeepTheirClientOrNone() {
        Scenario.Step forAll = Scenario.Step.of(Duration.ZERO, Fault.competingSession());

        assertThat(forAll.clientId()).isEqualTo(OptionalInt.empty());
        assertThat(ScenarioFormat.readStep("{\"at\":\"PT0S\",\"type\":\"competing-session\"}")).isEqualTo(forAll);
        assertThat(List.of(ScenarioFormat.readStep("{\"at\":2.5,\"type\":\"competing-session\"}").at()))
                .containsExactly(Duration.ofMillis(2500));
    }
}
