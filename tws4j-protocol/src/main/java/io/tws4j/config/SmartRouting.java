package io.tws4j.config;

import java.util.Objects;
import java.util.Optional;

/**
 * TWS's SMART routing preferences (Global Configuration > Orders > Smart Routing). Each value is
 * empty when TWS did not report it or, in an update, when it is to stay as it is.
 *
 * {@snippet :
 * SmartRouting routing = SmartRouting.builder().seekPriceImprovement(true).doNotRouteToDarkPools(true).build();
 * }
 *
 * @param seekPriceImprovement whether SMART seeks price improvement
 * @param preOpenReroute whether orders are rerouted before the open
 * @param doNotRouteToDarkPools whether SMART avoids dark pools
 * @param defaultAlgorithm the algorithm SMART orders use by default
 */
public record SmartRouting(Optional<Boolean> seekPriceImprovement, Optional<Boolean> preOpenReroute,
                           Optional<Boolean> doNotRouteToDarkPools, Optional<String> defaultAlgorithm) {

    /** Routing preferences with no value at all. */
    public static final SmartRouting EMPTY = builder().build();

    public SmartRouting {
        Values.requireNonNull(seekPriceImprovement, preOpenReroute, doNotRouteToDarkPools, defaultAlgorithm);
    }

    /** Returns a builder with every value empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Builds {@link SmartRouting} values; only the values set are present. */
    public static final class Builder {
        private Optional<Boolean> seekPriceImprovement = Optional.empty();
        private Optional<Boolean> preOpenReroute = Optional.empty();
        private Optional<Boolean> doNotRouteToDarkPools = Optional.empty();
        private Optional<String> defaultAlgorithm = Optional.empty();

        private Builder() {}

        /** Sets whether SMART seeks price improvement. */
        public Builder seekPriceImprovement(boolean value) {
            this.seekPriceImprovement = Optional.of(value);
            return this;
        }

        /** Sets whether orders are rerouted before the open. */
        public Builder preOpenReroute(boolean value) {
            this.preOpenReroute = Optional.of(value);
            return this;
        }

        /** Sets whether SMART avoids dark pools. */
        public Builder doNotRouteToDarkPools(boolean value) {
            this.doNotRouteToDarkPools = Optional.of(value);
            return this;
        }

        /** Sets the algorithm SMART orders use by default. */
        public Builder defaultAlgorithm(String value) {
            this.defaultAlgorithm = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Returns the routing preferences. */
        public SmartRouting build() {
            return new SmartRouting(seekPriceImprovement, preOpenReroute, doNotRouteToDarkPools, defaultAlgorithm);
        }
    }
}
