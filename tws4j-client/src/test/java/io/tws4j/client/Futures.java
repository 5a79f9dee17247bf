package io.tws4j.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a future of the async surface, bounded, and throws what it failed with, as the blocking surface would. */
final class Futures {

    private Futures() {}

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TestOptions.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new AssertionError("the future failed with a checked exception", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the future did not complete within " + TestOptions.WAIT, e);
        }
    }
}
