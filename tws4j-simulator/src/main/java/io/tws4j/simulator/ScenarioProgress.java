package io.tws4j.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a {@link ScenarioRun} stands.
 *
 * @param name the scenario's name
 * @param startedAt when the run started, by the gateway options' clock
 * @param steps how many steps the scenario has
 * @param applied how many steps have been applied
 * @param skipped how many were skipped (their client was not connected, or the run was cancelled)
 * @param elapsed how long the run has been going
 * @param nextStepAt when the next step is due, from the start; empty when none is left
 * @param done whether every step's effect is over
 * @param cancelled whether the run was cancelled
 */
public record ScenarioProgress(String name, Instant startedAt, int steps, int applied, int skipped, Duration elapsed,
                               Optional<Duration> nextStepAt, boolean done, boolean cancelled) {}
