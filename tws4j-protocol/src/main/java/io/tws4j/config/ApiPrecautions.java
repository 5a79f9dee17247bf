package io.tws4j.config;

import java.util.Optional;

/**
 * TWS's API precautions (Global Configuration > API > Precautions): which of TWS's order
 * warnings and confirmations API orders skip. Each value is empty when TWS did not report it or,
 * in an update, when it is to stay as it is.
 *
 * {@snippet :
 * ApiPrecautions precautions = ApiPrecautions.builder().bypassOrderPrecautions(true).build();
 * }
 *
 * @param bypassOrderPrecautions whether orders from the API skip TWS's order precautions
 * @param bypassBondWarning whether the bond warning is skipped
 * @param bypassNegativeYieldConfirmation whether the negative yield confirmation is skipped
 * @param bypassCalledBondWarning whether the called bond warning is skipped
 * @param bypassSameActionPairTradeWarning whether the same-action pair trade warning is skipped
 * @param bypassFlaggedAccountsWarning whether the flagged accounts warning is skipped
 * @param bypassPriceBasedVolatilityWarning whether the price-based volatility warning is skipped
 * @param bypassRedirectOrderWarning whether the redirect order warning is skipped
 * @param bypassNoOverfillProtection whether the no-overfill-protection warning is skipped
 * @param bypassRouteMarketableToBbo whether the route-marketable-to-BBO warning is skipped
 */
public record ApiPrecautions(
        Optional<Boolean> bypassOrderPrecautions,
        Optional<Boolean> bypassBondWarning,
        Optional<Boolean> bypassNegativeYieldConfirmation,
        Optional<Boolean> bypassCalledBondWarning,
        Optional<Boolean> bypassSameActionPairTradeWarning,
        Optional<Boolean> bypassFlaggedAccountsWarning,
        Optional<Boolean> bypassPriceBasedVolatilityWarning,
        Optional<Boolean> bypassRedirectOrderWarning,
        Optional<Boolean> bypassNoOverfillProtection,
        Optional<Boolean> bypassRouteMarketableToBbo) {

    /** Precautions with no value at all. */
    public static final ApiPrecautions EMPTY = builder().build();

    public ApiPrecautions {
        Values.requireNonNull(bypassOrderPrecautions, bypassBondWarning, bypassNegativeYieldConfirmation,
                bypassCalledBondWarning, bypassSameActionPairTradeWarning, bypassFlaggedAccountsWarning,
                bypassPriceBasedVolatilityWarning, bypassRedirectOrderWarning, bypassNoOverfillProtection,
                bypassRouteMarketableToBbo);
    }

    /** Returns a builder with every value empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Builds {@link ApiPrecautions} values; only the values set are present. */
    public static final class Builder {
        private Optional<Boolean> bypassOrderPrecautions = Optional.empty();
        private Optional<Boolean> bypassBondWarning = Optional.empty();
        private Optional<Boolean> bypassNegativeYieldConfirmation = Optional.empty();
        private Optional<Boolean> bypassCalledBondWarning = Optional.empty();
        private Optional<Boolean> bypassSameActionPairTradeWarning = Optional.empty();
        private Optional<Boolean> bypassFlaggedAccountsWarning = Optional.empty();
        private Optional<Boolean> bypassPriceBasedVolatilityWarning = Optional.empty();
        private Optional<Boolean> bypassRedirectOrderWarning = Optional.empty();
        private Optional<Boolean> bypassNoOverfillProtection = Optional.empty();
        private Optional<Boolean> bypassRouteMarketableToBbo = Optional.empty();

        private Builder() {}

        private Builder(ApiPrecautions source) {
            bypassOrderPrecautions = source.bypassOrderPrecautions;
            bypassBondWarning = source.bypassBondWarning;
            bypassNegativeYieldConfirmation = source.bypassNegativeYieldConfirmation;
            bypassCalledBondWarning = source.bypassCalledBondWarning;
            bypassSameActionPairTradeWarning = source.bypassSameActionPairTradeWarning;
            bypassFlaggedAccountsWarning = source.bypassFlaggedAccountsWarning;
            bypassPriceBasedVolatilityWarning = source.bypassPriceBasedVolatilityWarning;
            bypassRedirectOrderWarning = source.bypassRedirectOrderWarning;
            bypassNoOverfillProtection = source.bypassNoOverfillProtection;
            bypassRouteMarketableToBbo = source.bypassRouteMarketableToBbo;
        }

        /** Sets whether orders from the API skip TWS's order precautions. */
        public Builder bypassOrderPrecautions(boolean value) {
            this.bypassOrderPrecautions = Optional.of(value);
            return this;
        }

        /** Sets whether the bond warning is skipped. */
        public Builder bypassBondWarning(boolean value) {
            this.bypassBondWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the negative yield confirmation is skipped. */
        public Builder bypassNegativeYieldConfirmation(boolean value) {
            this.bypassNegativeYieldConfirmation = Optional.of(value);
            return this;
        }

        /** Sets whether the called bond warning is skipped. */
        public Builder bypassCalledBondWarning(boolean value) {
            this.bypassCalledBondWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the same-action pair trade warning is skipped. */
        public Builder bypassSameActionPairTradeWarning(boolean value) {
            this.bypassSameActionPairTradeWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the flagged accounts warning is skipped. */
        public Builder bypassFlaggedAccountsWarning(boolean value) {
            this.bypassFlaggedAccountsWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the price-based volatility warning is skipped. */
        public Builder bypassPriceBasedVolatilityWarning(boolean value) {
            this.bypassPriceBasedVolatilityWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the redirect order warning is skipped. */
        public Builder bypassRedirectOrderWarning(boolean value) {
            this.bypassRedirectOrderWarning = Optional.of(value);
            return this;
        }

        /** Sets whether the no-overfill-protection warning is skipped. */
        public Builder bypassNoOverfillProtection(boolean value) {
            this.bypassNoOverfillProtection = Optional.of(value);
            return this;
        }

        /** Sets whether the route-marketable-to-BBO warning is skipped. */
        public Builder bypassRouteMarketableToBbo(boolean value) {
            this.bypassRouteMarketableToBbo = Optional.of(value);
            return this;
        }

        /** Returns the precautions. */
        public ApiPrecautions build() {
            return new ApiPrecautions(bypassOrderPrecautions, bypassBondWarning, bypassNegativeYieldConfirmation,
                    bypassCalledBondWarning, bypassSameActionPairTradeWarning, bypassFlaggedAccountsWarning,
                    bypassPriceBasedVolatilityWarning, bypassRedirectOrderWarning, bypassNoOverfillProtection,
                    bypassRouteMarketableToBbo);
        }
    }
}
