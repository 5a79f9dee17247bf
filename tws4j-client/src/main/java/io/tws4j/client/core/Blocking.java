package io.tws4j.client.core;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.TwsException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The blocking view's one adapter for one-shot requests: wait for the core's future. */
public final class Blocking {

    private Blocking() {}

    /**
     * Waits for a future of the core. The core applies the request timeout, so this waits as long
     * as needed; an interrupt cancels the request, restores the flag and throws.
     *
     * @throws TwsException the error that ended the request
     */
    public static <R> R await(CompletableFuture<R> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), what);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(what, e);
        } catch (CancellationException e) {
            throw new RequestInterruptedException(what, new InterruptedException("cancelled"));
        }
    }

    static TwsException unwrap(Throwable cause, String what) {
        if (cause instanceof TwsException tws) {
            return tws;
        }
        return new InvalidRequestException(what + " failed: " + cause);
    }
}
