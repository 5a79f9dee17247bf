package io.tws4j.config;

import java.util.Objects;

/** Checks shared by the configuration records. */
final class Values {

    private Values() {}

    /** Throws {@link NullPointerException} if any value is null. */
    static void requireNonNull(Object... values) {
        for (int i = 0; i < values.length; i++) {
            int index = i;
            Objects.requireNonNull(values[i], () -> "component " + index + " is null");
        }
    }
}
