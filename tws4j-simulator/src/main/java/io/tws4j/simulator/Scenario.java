package io.tws4j.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A script of faults at set times from its start: a trading day's mishaps, replayed exactly. Play
 * it with {@link SimulatedGateway#play(Scenario)} or the JUnit 5 extension; write it in Java, or in
 * JSON or YAML ({@link ScenarioFormat}):
 *
 * {@snippet lang=yaml :
 * name: nightly restart
 * steps:
 *   - at: PT1S
 *     type: farm-flap
 *     farm: usfarm
 *     duration: PT2S
 *   - at: PT5S
 *     type: restart
 *     downtime: PT3S
 *   - at: PT12S
 *     type: disconnect
 *     clientId: 3
 * }
 *
 * {@snippet :
 * Scenario scenario = Scenario.named("nightly restart")
 *         .at(Duration.ofSeconds(1), Fault.farmFlap("usfarm", Duration.ofSeconds(2)))
 *         .at(Duration.ofSeconds(5), Fault.restart(Duration.ofSeconds(3)))
 *         .at(Duration.ofSeconds(12), 3, Fault.disconnect())
 *         .build();
 * }
 *
 * @param name what the scenario is, for logs and status
 * @param steps the steps, in the order of their times
 */
public record Scenario(String name, List<Step> steps) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        steps = steps.stream().sorted(Comparator.comparing(Step::at)).toList();
    }

    /** Starts a scenario of this name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Returns when the last step starts, from the scenario's start. */
    public Duration lastStepAt() {
        return steps.isEmpty() ? Duration.ZERO : steps.getLast().at();
    }

    /**
     * One fault at one time.
     *
     * @param at when, from the scenario's start
     * @param clientId the client the fault is for; empty for the whole gateway (every client)
     * @param fault what goes wrong
     */
    public record Step(Duration at, OptionalInt clientId, Fault fault) {

        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(fault, "fault");
            if (at.isNegative()) {
                throw new IllegalArgumentException("a step's time is from the scenario's start, not " + at);
            }
            if (clientId.isPresent() && fault instanceof Fault.Restart) {
                throw new IllegalArgumentException("a restart is gateway-wide; it cannot be for client " + clientId.getAsInt());
            }
        }

        /** A fault for the whole gateway at {@code at}. */
        public static Step of(Duration at, Fault fault) {
            return new Step(at, OptionalInt.empty(), fault);
        }

        /** A fault for one client at {@code at}. */
        public static Step of(Duration at, int clientId, Fault fault) {
            return new Step(at, OptionalInt.of(clientId), fault);
        }
    }

    /** Builds a {@link Scenario} step by step. */
    public static final class Builder {
        private final String name;
        private final List<Step> steps = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds a fault for the whole gateway at {@code at} from the start. */
        public Builder at(Duration at, Fault fault) {
            steps.add(Step.of(at, fault));
            return this;
        }

        /** Adds a fault for one client at {@code at} from the start. */
        public Builder at(Duration at, int clientId, Fault fault) {
            steps.add(Step.of(at, clientId, fault));
            return this;
        }

        public Scenario build() {
            return new Scenario(name, steps);
        }
    }
}
