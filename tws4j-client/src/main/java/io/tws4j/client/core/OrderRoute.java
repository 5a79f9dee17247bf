package io.tws4j.client.core;

import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The route of one order message: registered by its order id from the moment the id is taken
 * (under the write lock, before the bytes go out) until the orders package releases it. Never
 * sent again: after a loss it is held (or, if its bytes never went out, dropped so that the
 * caller can say so). It takes no messages or notices itself: the orders package observes every
 * order message, routed or not; being registered keeps the order's notices off the client-wide
 * notice stream.
 *
 * <p>The legs of a bracket are written together and share one write state, so that either all
 * of them or none went out.
 */
final class OrderRoute extends Request implements OrderLine {
    /** The id of a route whose order id is not taken yet; never routed. */
    static final int UNASSIGNED = Integer.MIN_VALUE;
    /** Registered, the connection chosen, nothing written yet. */
    static final int READY = 0;
    /** Its bytes were handed to the connection (they may or may not have reached the gateway). */
    static final int WRITTEN = 1;
    /** Never written: the connection was lost first. */
    static final int ABANDONED = 2;

    final OrderSpec spec;
    /** Shared by the legs written together. */
    final AtomicInteger write;
    private final AtomicBoolean released = new AtomicBoolean();

    OrderRoute(Core core, OrderSpec spec, AtomicInteger write) {
        super(core, spec.name, spec.message, Routing.ORDER_ID, UNASSIGNED, spec.encoder, null, null);
        this.spec = spec;
        this.write = write;
    }

    @Override
    public int orderId() {
        int current = id;
        return current == UNASSIGNED ? -1 : current;
    }

    @Override
    public void release() {
        if (released.compareAndSet(false, true)) {
            core.release(this);
        }
    }

    @Override
    void onMessage(InMessage type, Object message) {
        // observed by the orders package
    }

    @Override
    void onNotice(Notice notice) {
        // observed by the orders package
    }

    @Override
    AfterLoss onConnectionLost(TwsException reset, boolean reconnecting) {
        if (released.get() || write.compareAndSet(READY, ABANDONED) || write.get() == ABANDONED) {
            return AfterLoss.END;
        }
        spec.events.lost(this, reset, reconnecting);
        return reconnecting ? AfterLoss.HOLD : AfterLoss.END;
    }

    @Override
    void fail(TwsException error) {
        if (released.compareAndSet(false, true)) {
            core.release(this);
            if (write.get() == WRITTEN) {
                spec.events.failed(this, error);
            }
        }
    }

    @Override
    String describe() {
        int current = orderId();
        return current < 0 ? name : name + " #" + current;
    }
}
