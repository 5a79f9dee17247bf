package io.tws4j.accounts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One position's profit and loss, as TWS streams it. A value TWS has not computed is NaN.
 *
 * @param position the quantity held
 * @param daily today's profit or loss
 * @param unrealized the open profit or loss
 * @param realized the profit or loss realized today
 * @param value the position's market value
 */
public record PnlSingle(BigDecimal position, double daily, double unrealized, double realized, double value) {

    public PnlSingle {
        Objects.requireNonNull(position, "position");
    }
}
