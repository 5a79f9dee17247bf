package io.tws4j.simulator.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLongArray;

/** The progress of one scripted answer being sent; the public view is {@code io.tws4j.simulator.Replay}. */
public final class ReplayProgress {
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile AtomicLongArray sentAt = new AtomicLongArray(0);

    public CompletableFuture<Integer> finished() {
        return finished;
    }

    public long sentAtNanos(int index) {
        return sentAt.get(index);
    }

    public int size() {
        return sentAt.length();
    }

    void start(int frames) {
        sentAt = new AtomicLongArray(frames);
    }

    void sent(int index, long nanos) {
        sentAt.set(index, nanos);
    }

    void finish(int frames) {
        finished.complete(frames);
    }

    void fail(Throwable error) {
        finished.completeExceptionally(error);
    }
}
