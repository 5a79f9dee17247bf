package io.tws4j.simulator.core;

import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Keeps the most recent requests for tests; beyond its capacity it forgets the oldest. */
final class RequestRecorder {
    private final int capacity;
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    RequestRecorder(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (capacity == 0) {
            return;
        }
        if (requests.size() == capacity) {
            requests.removeFirst();
        }
        requests.addLast(request);
        notifyAll();
    }

    synchronized Optional<RecordedRequest> take(OutMessage type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<RecordedRequest> it = requests.iterator(); it.hasNext(); ) {
                RecordedRequest request = it.next();
                if (type == null || request.message() == type) {
                    it.remove();
                    return Optional.of(request);
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
    }
}
