package io.tws4j.simulator;

import io.tws4j.simulator.core.ReplayProgress;
import java.util.concurrent.CompletableFuture;

/** The sending of a {@link ScriptedAnswer}: when it finishes, and when each frame left the gateway. */
public final class Replay {
    private final ReplayProgress progress;

    Replay(ReplayProgress progress) {
        this.progress = progress;
    }

    /** Returns a future of the number of frames sent, completed when the last one was flushed. */
    public CompletableFuture<Integer> finished() {
        return progress.finished();
    }

    /** Returns {@link System#nanoTime()} just before frame {@code index} was written to the socket. */
    public long sentAtNanos(int index) {
        return progress.sentAtNanos(index);
    }

    /** Returns the number of frames, once the answer has started. */
    public int size() {
        return progress.size();
    }
}
