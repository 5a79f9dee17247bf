package io.tws4j.client.core;

import io.tws4j.protocol.wire.InMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Collectors for the common shapes of answers. */
public final class Replies {

    private Replies() {}

    /** The answer is one message of {@code type}. */
    public static <M, R> Supplier<Collector<R>> single(InMessage type, Class<M> messageClass, Function<M, R> decode) {
        return () -> new Collector<>() {
            private R result;

            @Override
            public boolean accept(InMessage replyType, Object message) {
                if (replyType != type) {
                    return false;
                }
                result = decode.apply(messageClass.cast(message));
                return true;
            }

            @Override
            public R result() {
                return result;
            }
        };
    }

    /** The answer is any number of {@code itemType} messages, ended by one {@code endType} message. */
    public static <M, E> Supplier<Collector<List<E>>> list(InMessage itemType, Class<M> messageClass,
                                                            Function<M, E> decode, InMessage endType) {
        return () -> new Collector<>() {
            private final List<E> items = new ArrayList<>();

            @Override
            public boolean accept(InMessage replyType, Object message) {
                if (replyType == itemType) {
                    items.add(decode.apply(messageClass.cast(message)));
                    return false;
                }
                return replyType == endType;
            }

            @Override
            public List<E> result() {
                return List.copyOf(items);
            }
        };
    }
}
