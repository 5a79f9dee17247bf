package io.tws4j.orders;

import java.util.Objects;

/**
 * The hedge attached to a child order: its type ({@code D} delta, {@code B} beta, {@code F} FX,
 * {@code P} pair), its parameter, and the largest hedge size.
 *
 * @param type the hedge type code, empty when unset
 * @param parameter the beta, ratio or delta as text
 * @param maxSize the largest hedge, 0 when unset
 */
public record HedgeOrder(String type, String parameter, int maxSize) {

    /** No hedge. */
    public static final HedgeOrder NONE = new HedgeOrder("", "", 0);

    public HedgeOrder {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameter, "parameter");
    }
}
