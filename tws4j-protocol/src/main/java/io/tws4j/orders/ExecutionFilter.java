package io.tws4j.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which executions an executions request returns. Every criterion left unset matches all; TWS
 * keeps executions of the current day (and, on request, of the last days).
 *
 * {@snippet :
 * ExecutionFilter todaysAaplBuys = ExecutionFilter.builder().symbol("AAPL").side(Action.BUY).build();
 * }
 *
 * @param clientId only orders of this client, 0 for every client
 * @param account only this account, empty for every account
 * @param since only executions after this time
 * @param symbol only this symbol
 * @param secType only this security type code
 * @param exchange only this exchange
 * @param side only buys or only sales; {@link Action#UNSET} for both
 * @param lastDays executions of this many past days too, 0 for today only
 * @param specificDates executions of these days
 */
public record ExecutionFilter(int clientId, String account, Optional<Instant> since, String symbol, String secType,
                              String exchange, Action side, int lastDays, List<LocalDate> specificDates) {

    /** Every execution. */
    public static final ExecutionFilter ALL = builder().build();

    public ExecutionFilter {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(secType, "secType");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(side, "side");
        specificDates = List.copyOf(specificDates);
    }

    /** Starts a filter that matches everything. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExecutionFilter}. */
    public static final class Builder {
        private int clientId;
        private String account = "";
        private Optional<Instant> since = Optional.empty();
        private String symbol = "";
        private String secType = "";
        private String exchange = "";
        private Action side = Action.UNSET;
        private int lastDays;
        private List<LocalDate> specificDates = List.of();

        private Builder() {}

        public Builder clientId(int id) { clientId = id; return this; }
        public Builder account(String value) { account = Objects.requireNonNull(value); return this; }
        public Builder since(Instant time) { since = Optional.of(time); return this; }
        public Builder symbol(String value) { symbol = Objects.requireNonNull(value); return this; }
        public Builder secType(String value) { secType = Objects.requireNonNull(value); return this; }
        public Builder exchange(String value) { exchange = Objects.requireNonNull(value); return this; }
        public Builder side(Action value) { side = Objects.requireNonNull(value); return this; }
        public Builder lastDays(int days) { lastDays = days; return this; }
        public Builder specificDates(List<LocalDate> days) { specificDates = List.copyOf(days); return this; }

        public ExecutionFilter build() {
            return new ExecutionFilter(clientId, account, since, symbol, secType, exchange, side, lastDays, specificDates);
        }
    }
}
