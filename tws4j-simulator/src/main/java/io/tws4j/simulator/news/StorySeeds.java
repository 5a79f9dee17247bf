package io.tws4j.simulator.news;

import java.util.SplittableRandom;

/** Independent random streams for news, one per coordinates (stock, provider, hour), from the gateway's seed. */
final class StorySeeds {

    private StorySeeds() {}

    static SplittableRandom random(long seed, long... coordinates) {
        long key = mix(seed ^ 0x243F6A8885A308D3L);
        for (long coordinate : coordinates) {
            key = mix(key ^ (coordinate * 0x9E3779B97F4A7C15L + 0x13198A2E03707344L));
        }
        return new SplittableRandom(key);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
