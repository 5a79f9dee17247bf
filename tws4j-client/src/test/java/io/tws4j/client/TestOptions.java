package io.tws4j.client;

import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Client options for tests: quick reconnects and bounded waits against a simulated gateway. */
final class TestOptions {
    static final Duration WAIT = Duration.ofSeconds(10);

    private TestOptions() {}

    static ClientOptions.Builder against(SimulatedGateway gateway, int clientId) {
        return ClientOptions.builder()
                .address(gateway.address())
                .clientId(clientId)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10))
                .reconnect(ReconnectPolicy.fibonacci().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
    }

    /** Waits for an async surface's future, rethrowing its failure as the exception the blocking surface throws. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new AssertionError("the future failed with a checked exception", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the future did not complete within " + WAIT, e);
        }
    }
}
