package io.tws4j.client.core;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the requests the client cancelled lately. TWS may still answer such a request with
 * a notice (a historical query reports "query cancelled"); that notice concerns no one, so it is
 * logged rather than published as if it were about the connection. Remembers the last
 * {@code capacity} ids.
 */
final class CancelledIds {
    private final int[] ring;
    private final Set<Integer> ids = new HashSet<>();
    private int next;
    private int size;

    CancelledIds(int capacity) {
        this.ring = new int[capacity];
    }

    synchronized void add(int id) {
        if (!ids.add(id)) {
            return;
        }
        if (size == ring.length) {
            ids.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = id;
        next = (next + 1) % ring.length;
    }

    synchronized boolean contains(int id) {
        return ids.contains(id);
    }
}
