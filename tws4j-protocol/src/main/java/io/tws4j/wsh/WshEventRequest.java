package io.tws4j.wsh;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A query of WSH events: of one contract, or of a filter (a JSON object of filters and event
 * types, as the metadata names them), optionally widened to the contracts of the watchlists,
 * the portfolio and the competitors, within a date range and up to a number of events.
 *
 * @param conId the contract, if the query is by contract
 * @param filter the filter JSON, or empty
 * @param fillWatchlist whether to add the contracts of the watchlists
 * @param fillPortfolio whether to add the contracts of the portfolio
 * @param fillCompetitors whether to add the competitors of the contract
 * @param startDate the first day, if bounded
 * @param endDate the last day, if bounded
 * @param totalLimit the most events to return, if limited
 */
public record WshEventRequest(OptionalInt conId, String filter, boolean fillWatchlist, boolean fillPortfolio,
                              boolean fillCompetitors, Optional<LocalDate> startDate, Optional<LocalDate> endDate,
                              OptionalInt totalLimit) {

    public WshEventRequest {
        Objects.requireNonNull(conId, "conId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(totalLimit, "totalLimit");
    }

    /** Returns a builder of an empty query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WshEventRequest}. */
    public static final class Builder {
        private OptionalInt conId = OptionalInt.empty();
        private String filter = "";
        private boolean fillWatchlist;
        private boolean fillPortfolio;
        private boolean fillCompetitors;
        private LocalDate startDate;
        private LocalDate endDate;
        private OptionalInt totalLimit = OptionalInt.empty();

        private Builder() {}

        /** Asks for the events of one contract. */
        public Builder conId(int conId) {
            this.conId = OptionalInt.of(conId);
            return this;
        }

        /** Sets the filter JSON; empty for none. */
        public Builder filter(String filter) {
            this.filter = Objects.requireNonNull(filter, "filter").strip();
            return this;
        }

        /** Sets whether to add the contracts of the watchlists. */
        public Builder fillWatchlist(boolean fill) {
            this.fillWatchlist = fill;
            return this;
        }

        /** Sets whether to add the contracts of the portfolio. */
        public Builder fillPortfolio(boolean fill) {
            this.fillPortfolio = fill;
            return this;
        }

        /** Sets whether to add the contract's competitors. */
        public Builder fillCompetitors(boolean fill) {
            this.fillCompetitors = fill;
            return this;
        }

        /** Sets the first day. */
        public Builder startDate(LocalDate day) {
            this.startDate = Objects.requireNonNull(day, "startDate");
            return this;
        }

        /** Sets the last day. */
        public Builder endDate(LocalDate day) {
            this.endDate = Objects.requireNonNull(day, "endDate");
            return this;
        }

        /** Sets the most events to return. */
        public Builder totalLimit(int limit) {
            this.totalLimit = OptionalInt.of(limit);
            return this;
        }

        /** Returns the query. */
        public WshEventRequest build() {
            return new WshEventRequest(conId, filter, fillWatchlist, fillPortfolio, fillCompetitors,
                    Optional.ofNullable(startDate), Optional.ofNullable(endDate), totalLimit);
        }
    }
}
