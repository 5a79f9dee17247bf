package io.tws4j.simulator.orders;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Execution ids in IB's form, {@code 0000e0d5.65804f5d.01.01}: a prefix of the gateway, a
 * counter in hex, and the execution's part numbers. Unique within a gateway's run.
 */
final class ExecutionIds {
    private final String prefix;
    private final AtomicLong counter;

    ExecutionIds(long seed) {
        this.prefix = String.format("%08x", seed & 0xffffL | 0xe000L);
        this.counter = new AtomicLong(0x65000000L + (seed & 0xfffffL));
    }

    String next() {
        return prefix + "." + String.format("%08x", counter.getAndIncrement()) + ".01.01";
    }
}
