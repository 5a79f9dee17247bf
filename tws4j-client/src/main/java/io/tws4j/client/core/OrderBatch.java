package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The order messages of one placement (one order, or the legs of a bracket), written in one step
 * under the connection's write lock: the ids taken (when tws4j picks them), the routes moved to
 * them, the bodies built, the frames written. So ids reach the gateway in the order they were
 * taken, and a bracket's legs are consecutive and all written or none. Bound to the connection
 * it was accepted on: never written on a later one.
 */
final class OrderBatch implements Outgoing {
    private final Core core;
    private final List<OrderRoute> routes;
    private final boolean pickIds;
    private final AtomicInteger write;
    private final int generation;
    /** What building a body threw; nothing was written then. */
    volatile RuntimeException unencodable;

    /**
     * @param write the legs' shared write state ({@link OrderRoute#READY} until written)
     * @param generation the connection it belongs to
     */
    OrderBatch(Core core, List<OrderRoute> routes, boolean pickIds, AtomicInteger write, int generation) {
        this.core = core;
        this.routes = routes;
        this.pickIds = pickIds;
        this.write = write;
        this.generation = generation;
    }

    @Override
    public OutMessage message() {
        return routes.getFirst().message;
    }

    @Override
    public Claim claim(Connection target) {
        return core.claimOrders(routes, target, generation);
    }

    @Override
    public MessageLite encode() {
        throw new UnsupportedOperationException("an order batch writes its frames itself");
    }

    @Override
    public int frames() {
        return routes.size();
    }

    @Override
    public void writeTo(FrameSink sink) throws IOException {
        if (write.get() != OrderRoute.READY) {
            return;   // the connection was lost between the claim and now: nothing goes out
        }
        int first = pickIds ? core.orderIds().reserve(routes.size()) : 0;
        List<MessageLite> bodies = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            OrderRoute route = routes.get(i);
            core.rebind(route, pickIds ? first + i : route.spec.orderId);
            try {
                bodies.add(route.encode());
            } catch (RuntimeException e) {
                unencodable = e;
                write.compareAndSet(OrderRoute.READY, OrderRoute.ABANDONED);
                return;
            }
        }
        if (!write.compareAndSet(OrderRoute.READY, OrderRoute.WRITTEN)) {
            return;
        }
        for (OrderRoute route : routes) {
            route.spec.events.writing(route);
        }
        for (int i = 0; i < routes.size(); i++) {
            sink.write(routes.get(i).message, bodies.get(i));
        }
    }

    @Override
    public String toString() {
        return routes.getFirst().describe() + (routes.size() > 1 ? " and " + (routes.size() - 1) + " more leg(s)" : "");
    }
}
