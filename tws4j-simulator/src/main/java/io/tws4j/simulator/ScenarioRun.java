package io.tws4j.simulator;

import io.tws4j.simulator.core.GatewayScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Scenario} being played by {@link SimulatedGateway#play}: each step is applied at its
 * time; the run is over when every step's effect is over (a restart's downtime passed, a lost
 * connectivity restored...). A step for a client that is not connected then is skipped.
 *
 * {@snippet :
 * ScenarioRun run = gateway.play(scenario);
 * assertThat(run.await(Duration.ofSeconds(30))).isTrue();
 * }
 */
public final class ScenarioRun {
    private static final Logger log = LoggerFactory.getLogger(ScenarioRun.class);

    private final Scenario scenario;
    private final Instant startedAt;
    private final long startNanos;
    private final List<GatewayScheduler.Task> tasks = new ArrayList<>();
    private final List<CompletableFuture<Void>> steps = new ArrayList<>();
    private final CompletableFuture<Void> finished;
    private final AtomicInteger applied = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile boolean cancelled;

    ScenarioRun(Scenario scenario, SimulatedGateway gateway, GatewayScheduler scheduler, Instant startedAt) {
        this.scenario = scenario;
        this.startedAt = startedAt;
        this.startNanos = System.nanoTime();
        for (Scenario.Step step : scenario.steps()) {
            CompletableFuture<Void> over = new CompletableFuture<>();
            steps.add(over);
            tasks.add(scheduler.once("tws4j-scenario", step.at(), () -> apply(gateway, step, over)));
        }
        this.finished = CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new));
        log.info("scenario '{}' started: {} steps over {}", scenario.name(), scenario.steps().size(), scenario.lastStepAt());
    }

    /** Returns the scenario played. */
    public Scenario scenario() {
        return scenario;
    }

    /** Returns when the run started, by the gateway options' clock. */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * Returns a future that completes when every step's effect is over (or was skipped or
     * cancelled); exceptionally if a step failed.
     */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    /** Waits up to {@code timeout} for the run to be over; returns whether it is. */
    public boolean await(Duration timeout) throws InterruptedException {
        try {
            finished.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Stops the steps not yet applied; effects already started run their course. */
    public void cancel() {
        if (finished.isDone()) {
            return;
        }
        cancelled = true;
        tasks.forEach(GatewayScheduler.Task::cancel);
        for (CompletableFuture<Void> step : steps) {
            if (step.complete(null)) {
                skipped.incrementAndGet();
            }
        }
        log.info("scenario '{}' cancelled", scenario.name());
    }

    /** Returns where the run stands. */
    public ScenarioProgress progress() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        Optional<Duration> next = cancelled ? Optional.empty() : scenario.steps().stream().map(Scenario.Step::at)
                .filter(at -> at.compareTo(elapsed) > 0).findFirst();
        return new ScenarioProgress(scenario.name(), startedAt, scenario.steps().size(), applied.get(), skipped.get(),
                elapsed, next, finished.isDone(), cancelled);
    }

    private void apply(SimulatedGateway gateway, Scenario.Step step, CompletableFuture<Void> over) {
        if (cancelled || over.isDone()) {
            return;
        }
        try {
            CompletableFuture<Void> effect;
            if (step.clientId().isPresent()) {
                Optional<CompletableFuture<Void>> injected = gateway.injectInto(step.clientId().getAsInt(), step.fault());
                if (injected.isEmpty()) {
                    log.warn("scenario '{}': client {} is not connected at {}; step skipped: {}", scenario.name(),
                            step.clientId().getAsInt(), step.at(), step.fault());
                    skipped.incrementAndGet();
                    over.complete(null);
                    return;
                }
                effect = injected.get();
            } else {
                effect = gateway.inject(step.fault());
            }
            applied.incrementAndGet();
            effect.whenComplete((result, error) -> {
                if (error != null) {
                    over.completeExceptionally(error);
                } else {
                    over.complete(null);
                }
            });
        } catch (RuntimeException e) {
            log.error("scenario '{}': step at {} failed: {}", scenario.name(), step.at(), step.fault(), e);
            over.completeExceptionally(e);
        }
    }
}
