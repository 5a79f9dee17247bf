package io.tws4j.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scheduler counts its work, and a closed one takes work quietly without running it. */
class GatewaySchedulerTest {

    @Test
    void repeatingTasksAreCountedUntilCancelled() {
        try (GatewayScheduler scheduler = new GatewayScheduler()) {
            AtomicInteger runs = new AtomicInteger();
            GatewayScheduler.Task task = scheduler.repeat("test", Duration.ofMillis(10), runs::incrementAndGet);

            assertThat(scheduler.repeatingTasks()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
            task.cancel();
            task.cancel();
            assertThat(scheduler.repeatingTasks()).isZero();
            await().atMost(Duration.ofSeconds(5)).until(() -> scheduler.runningTasks() == 0);
        }
    }

    @Test
    void aClosedSchedulerTakesWorkWithoutRunningIt() {
        GatewayScheduler scheduler = new GatewayScheduler();
        scheduler.close();
        AtomicInteger runs = new AtomicInteger();

        scheduler.once("late", Duration.ZERO, runs::incrementAndGet).cancel();
        scheduler.repeat("late", Duration.ofMillis(1), runs::incrementAndGet).cancel();

        assertThat(scheduler.repeatingTasks()).isZero();
        assertThat(runs).hasValue(0);
    }
}
