package io.tws4j.client.core;

import io.tws4j.protocol.wire.InMessage;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A stream of messages the client does not request but observes: every message of the given
 * types, routed to a request or not (the order update stream). Sends nothing.
 *
 * @param <T> the data type
 */
public final class BroadcastSpec<T> {
    final String name;
    final StreamSpec.Handler<?, T>[] handlers;
    final Set<InMessage> types;

    private BroadcastSpec(Builder<T> builder) {
        this.name = builder.name;
        this.handlers = builder.handlers.clone();
        this.types = EnumSet.copyOf(builder.types);
    }

    public static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    @SuppressWarnings("unchecked")
    StreamSpec.Handler<Object, T> handler(InMessage type) {
        return (StreamSpec.Handler<Object, T>) handlers[type.id()];
    }

    /** Builds a {@link BroadcastSpec}. */
    public static final class Builder<T> {
        private final String name;
        @SuppressWarnings("unchecked")
        private final StreamSpec.Handler<?, T>[] handlers = new StreamSpec.Handler[128];
        private final Set<InMessage> types = EnumSet.noneOf(InMessage.class);

        private Builder(String name) {
            this.name = Objects.requireNonNull(name);
        }

        /** Observes messages of {@code type}; for ERR_MSG the message is the decoded {@link io.tws4j.connection.Notice}. */
        public <M> Builder<T> on(InMessage type, Class<M> messageClass, BiConsumer<M, StreamSink<T>> handler) {
            Objects.requireNonNull(messageClass);
            handlers[type.id()] = (StreamSpec.Handler<M, T>) handler::accept;
            types.add(type);
            return this;
        }

        public BroadcastSpec<T> build() {
            if (types.isEmpty()) {
                throw new IllegalStateException("a broadcast observes at least one message type");
            }
            return new BroadcastSpec<>(this);
        }
    }
}
