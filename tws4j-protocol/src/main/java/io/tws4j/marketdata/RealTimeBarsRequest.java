package io.tws4j.marketdata;

import io.tws4j.contracts.Contract;
import java.util.Map;
import java.util.Objects;

/**
 * A real-time bars request ({@code reqRealTimeBars}); TWS gives five-second bars only.
 *
 * @param contract the contract
 * @param whatToShow what the bars are built from
 * @param hours the hours the bars cover
 * @param options TWS's real-time bar options, normally empty
 */
public record RealTimeBarsRequest(Contract contract, RealTimeWhatToShow whatToShow, Hours hours, Map<String, String> options) {
    /** The only bar size TWS gives, in seconds. */
    public static final int BAR_SECONDS = 5;

    public RealTimeBarsRequest {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(whatToShow, "whatToShow");
        Objects.requireNonNull(hours, "hours");
        options = Map.copyOf(options);
    }
}
