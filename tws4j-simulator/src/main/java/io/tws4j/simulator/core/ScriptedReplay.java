package io.tws4j.simulator.core;

import com.google.protobuf.Message;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a scripted answer from a thread of its own, so that the client's later requests are
 * still read. At a fixed rate each frame is queued when due; at full speed frames are queued as
 * fast as the client's queue takes them. Each frame's send time is noted just before it is
 * queued, since a fast reader may have it before the call returns.
 */
final class ScriptedReplay {
    private static final long SPIN_NANOS = 20_000;

    private ScriptedReplay() {}

    static void start(ClientSession session, ScriptedReply scripted, Message request) {
        List<byte[]> frames = scripted.frames().apply(request);
        ReplayProgress progress = scripted.progress();
        progress.start(frames.size());
        double rate = scripted.framesPerSecond();
        Thread sender = new Thread(() -> send(session, frames, rate, progress), "tws4j-gateway-replay-" + session.clientId());
        sender.setDaemon(true);
        sender.start();
    }

    private static void send(ClientSession session, List<byte[]> frames, double rate, ReplayProgress progress) {
        try {
            long start = System.nanoTime();
            for (int i = 0; i < frames.size(); i++) {
                if (rate > 0) {
                    waitUntil(start + (long) (i * 1e9 / rate));
                }
                progress.sent(i, System.nanoTime());
                session.writeFrame(frames.get(i));
            }
            session.flush();
            progress.finish(frames.size());
        } catch (RuntimeException e) {
            progress.fail(e);
        }
    }

    private static void waitUntil(long dueNanos) {
        for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
            if (wait > SPIN_NANOS) {
                LockSupport.parkNanos(wait - SPIN_NANOS / 2);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
