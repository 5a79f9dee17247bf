package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parameters TWS sends at the start of a market data request: the minimum price increment,
 * the exchanges behind a SMART quote, and which snapshots the login may take.
 *
 * @param requestId the market data request it answers
 * @param minTick the minimum price increment at the current price, zero if TWS sent none
 * @param bboExchange the code of the exchanges behind SMART quotes; {@code client.smartComponents(code)} names them
 * @param snapshotPermissions the snapshot types the login may request, as a bit mask
 * @param lastPricePrecision the precision of last prices, as sent (server version 224 and newer), or empty
 * @param lastSizePrecision the precision of last sizes, as sent (server version 224 and newer), or empty
 */
public record RequestParametersTick(int requestId, BigDecimal minTick, String bboExchange, int snapshotPermissions,
                                    String lastPricePrecision, String lastSizePrecision) implements Tick {

    public RequestParametersTick {
        Objects.requireNonNull(minTick, "minTick");
        Objects.requireNonNull(bboExchange, "bboExchange");
        Objects.requireNonNull(lastPricePrecision, "lastPricePrecision");
        Objects.requireNonNull(lastSizePrecision, "lastSizePrecision");
    }
}
