package io.tws4j.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for historical news headlines about one contract: from which providers, in which
 * range ({@code (start, end]}: the start is exclusive, the end inclusive, as TWS counts them),
 * and at most how many (TWS returns 1 to 300).
 *
 * @param conId the contract's conId
 * @param providerCodes the providers to ask, in order
 * @param start the exclusive start of the range, if bounded
 * @param end the inclusive end of the range, if bounded (TWS reads an unbounded end as now)
 * @param totalResults the most headlines to return
 */
public record HistoricalNewsRequest(int conId, List<String> providerCodes, Optional<Instant> start, Optional<Instant> end,
                                    int totalResults) {
    /** The most headlines TWS returns for one request. */
    public static final int MAX_RESULTS = 300;

    public HistoricalNewsRequest {
        providerCodes = List.copyOf(providerCodes);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Starts a request for a contract's headlines: no providers yet, unbounded, up to 10 headlines. */
    public static Builder builder(int conId) {
        return new Builder(conId);
    }

    /** Builds a {@link HistoricalNewsRequest}. */
    public static final class Builder {
        private final int conId;
        private final List<String> providerCodes = new ArrayList<>();
        private Instant start;
        private Instant end;
        private int totalResults = 10;

        private Builder(int conId) {
            this.conId = conId;
        }

        /** Adds providers to ask; a repeat is asked once. */
        public Builder providers(List<String> codes) {
            codes.stream().map(String::strip).filter(code -> !providerCodes.contains(code)).forEach(providerCodes::add);
            return this;
        }

        /** Sets the exclusive start of the range. */
        public Builder start(Instant start) {
            this.start = Objects.requireNonNull(start, "start");
            return this;
        }

        /** Sets the inclusive end of the range. */
        public Builder end(Instant end) {
            this.end = Objects.requireNonNull(end, "end");
            return this;
        }

        /** Sets the most headlines to return. */
        public Builder totalResults(int totalResults) {
            this.totalResults = totalResults;
            return this;
        }

        /** Returns the request. */
        public HistoricalNewsRequest build() {
            return new HistoricalNewsRequest(conId, providerCodes, Optional.ofNullable(start), Optional.ofNullable(end),
                    totalResults);
        }
    }
}
