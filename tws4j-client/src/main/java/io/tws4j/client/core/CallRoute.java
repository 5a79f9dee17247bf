package io.tws4j.client.core;

import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.RequestTimeoutException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of a one-shot request: collects its replies on the reader thread and completes its
 * future on the delivery executor. Times out after the request timeout, counted from submission.
 */
final class CallRoute<R> extends Request {
    private static final Logger log = LoggerFactory.getLogger(CallRoute.class);
    private static final int MAX_RETRIES = 3;

    private final CallSpec<R> spec;
    /** Collects the answer: a fresh one each time the request is sent, so that a retry's answer is not added to a partial one. */
    private volatile Collector<R> collector;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile ScheduledFuture<?> timeout;
    private int retries;

    CallRoute(Core core, CallSpec<R> spec, int id) {
        super(core, spec.name, spec.message, spec.routing, id, spec.encoder, spec.cancelMessage, spec.cancelEncoder);
        this.spec = spec;
        this.collector = spec.collector.get();
        result.whenComplete((value, error) -> {
            if (result.isCancelled() && done.compareAndSet(false, true)) {
                cancelAtGateway();
                core.release(this);
                cancelTimer();
            }
        });
    }

    CompletableFuture<R> result() {
        return result;
    }

    LaneKey lane() {
        return spec.lane;
    }

    void startTimer(Duration limit) {
        timeout = Scheduling.schedule(() -> {
            if (!done.get()) {
                // finished first, so that TWS's answer to the cancel (300 for a snapshot) finds a cancelled request
                finish(null, new RequestTimeoutException(describe(), limit));
                cancelAtGateway();
            }
        }, limit);
    }

    @Override
    Duration timeout() {
        return spec.timeout != null ? spec.timeout : core.options().requestTimeout();
    }

    @Override
    void onMessage(InMessage type, Object message) {
        if (done.get()) {
            return;
        }
        boolean complete;
        try {
            complete = collector.accept(type, message);
        } catch (RuntimeException e) {
            finish(null, Unreadable.error(describe(), type, e));
            return;
        }
        if (complete) {
            finish(collector.result(), null);
        }
    }

    @Override
    void onNotice(Notice notice) {
        if (notice.endsRequest()) {
            finish(null, new RequestRejectedException(notice));
        } else if (collector.acceptNotice(notice)) {
            finish(collector.result(), null);
        } else {
            log.warn("{}: {}", describe(), notice);
        }
    }

    @Override
    AfterLoss onConnectionLost(TwsException reset, boolean reconnecting) {
        if (done.get()) {
            return AfterLoss.END;
        }
        if (reconnecting && spec.retryable && retries < MAX_RETRIES) {
            retries++;
            collector = spec.collector.get();
            log.info("{}: connection lost, sending again after the reconnect (retry {} of {})", describe(), retries, MAX_RETRIES);
            return AfterLoss.SEND_AGAIN;
        }
        finish(null, new ConnectionLostException(describe() + " was in flight when the connection was lost", reset));
        return AfterLoss.END;
    }

    @Override
    void fail(TwsException error) {
        finish(null, error);
    }

    private void finish(R value, TwsException error) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        core.release(this);
        cancelTimer();
        core.deliver(() -> {
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(error);
            }
        });
    }

    private void cancelTimer() {
        ScheduledFuture<?> t = timeout;
        if (t != null) {
            t.cancel(false);
        }
    }
}
