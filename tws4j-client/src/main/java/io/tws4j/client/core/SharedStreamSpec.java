package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A stream whose messages carry no id (positions, account updates, news bulletins): one request
 * at the gateway serves every subscriber with the same {@link #key()}. The first subscriber sends
 * it; a later one joins, or sends it again when {@code resendOnJoin} asks for a fresh snapshot
 * (which every subscriber then sees); the last one to leave sends the cancel.
 *
 * {@snippet :
 * SharedStreamSpec<Bulletin> spec = SharedStreamSpec.<Bulletin>builder("news bulletins",
 *                 OutMessage.REQ_NEWS_BULLETINS, NewsCodec.bulletinsRequest(true))
 *         .cancel(OutMessage.CANCEL_NEWS_BULLETINS, CancelNewsBulletins.getDefaultInstance())
 *         .on(InMessage.NEWS_BULLETINS, NewsBulletin.class, (m, sink) -> sink.next(NewsCodec.bulletin(m)))
 *         .build();
 * }
 *
 * @param <T> the data type
 */
public final class SharedStreamSpec<T> {
    final String key;
    final OutMessage message;
    final MessageLite body;
    final OutMessage cancelMessage;
    final MessageLite cancelBody;
    final boolean resendOnJoin;
    final StreamSpec.Handler<?, T>[] handlers;

    private SharedStreamSpec(Builder<T> builder) {
        this.key = builder.key;
        this.message = builder.message;
        this.body = builder.body;
        this.cancelMessage = builder.cancelMessage;
        this.cancelBody = builder.cancelBody;
        this.resendOnJoin = builder.resendOnJoin;
        this.handlers = builder.handlers.clone();
    }

    /** Starts a spec; subscribers with equal keys share one request. */
    public static <T> Builder<T> builder(String key, OutMessage message, MessageLite body) {
        return new Builder<>(key, message, body);
    }

    /** Returns the key that identifies the shared request, e.g. {@code "account updates DU123"}. */
    public String key() {
        return key;
    }

    @SuppressWarnings("unchecked")
    StreamSpec.Handler<Object, T> handler(InMessage type) {
        return (StreamSpec.Handler<Object, T>) handlers[type.id()];
    }

    /** Builds a {@link SharedStreamSpec}. */
    public static final class Builder<T> {
        private final String key;
        private final OutMessage message;
        private final MessageLite body;
        private OutMessage cancelMessage;
        private MessageLite cancelBody;
        private boolean resendOnJoin;
        @SuppressWarnings("unchecked")
        private final StreamSpec.Handler<?, T>[] handlers = new StreamSpec.Handler[128];

        private Builder(String key, OutMessage message, MessageLite body) {
            this.key = Objects.requireNonNull(key);
            this.message = Objects.requireNonNull(message);
            this.body = Objects.requireNonNull(body);
        }

        /** Sets the message the last subscriber sends when it leaves. */
        public Builder<T> cancel(OutMessage cancel, MessageLite cancelBody) {
            this.cancelMessage = Objects.requireNonNull(cancel);
            this.cancelBody = Objects.requireNonNull(cancelBody);
            return this;
        }

        /** Sends the request again whenever a subscriber joins, so that it gets the initial snapshot too. */
        public Builder<T> resendOnJoin(boolean resend) {
            this.resendOnJoin = resend;
            return this;
        }

        /** Handles messages of {@code type}; they reach every subscriber. */
        public <M> Builder<T> on(InMessage type, Class<M> messageClass, BiConsumer<M, StreamSink<T>> handler) {
            Objects.requireNonNull(messageClass);
            handlers[type.id()] = (StreamSpec.Handler<M, T>) handler::accept;
            return this;
        }

        public SharedStreamSpec<T> build() {
            return new SharedStreamSpec<>(this);
        }
    }
}
