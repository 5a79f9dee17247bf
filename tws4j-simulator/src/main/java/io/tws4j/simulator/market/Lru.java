package io.tws4j.simulator.market;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** A small thread-safe cache of computed values by key, dropping the least recently used beyond its capacity. */
final class Lru<V> {
    private final Map<Long, V> entries;

    Lru(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns the cached value, computing it (outside the lock) when absent. */
    V get(long key, LongFunction<V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.putIfAbsent(key, value);
        }
        return value;
    }
}
