package io.tws4j.simulator.market;

import java.util.function.LongFunction;

/**
 * A small thread-safe cache of computed values by key, one slot per key modulo its size (a newer
 * key takes its slot's place). Lock-free: an entry is immutable and holds its value in a final
 * field, so whoever sees the entry sees the value as it was when the entry was made. Made for
 * keys that come in runs (consecutive minutes, hours, days), where a slot per key modulo the size
 * keeps the recent ones.
 */
final class SlotCache<V> {
    private final Entry<V>[] slots;
    private final int mask;

    private record Entry<V>(long key, V value) {}

    /** Makes a cache of {@code size} slots, a power of two. */
    @SuppressWarnings("unchecked")
    SlotCache(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("a slot cache has a power of two slots, not " + size);
        }
        this.slots = (Entry<V>[]) new Entry<?>[size];
        this.mask = size - 1;
    }

    /** Returns the cached value, computing it when absent (two threads may both compute it; the values are equal). */
    V get(long key, LongFunction<V> compute) {
        int slot = (int) key & mask;
        Entry<V> entry = slots[slot];
        if (entry != null && entry.key() == key) {
            return entry.value();
        }
        V value = compute.apply(key);
        slots[slot] = new Entry<>(key, value);
        return value;
    }
}
