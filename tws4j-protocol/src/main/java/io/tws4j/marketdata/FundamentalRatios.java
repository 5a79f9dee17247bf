package io.tws4j.marketdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stock's fundamental ratios as TWS sends them for generic tick 258: one text of
 * {@code KEY=value;} pairs (tick type {@link TickType#FUNDAMENTAL_RATIOS}), such as
 * {@code TTMNPMGN=26.79828;NLOW=164.08;PEEXCLXOR=36.57665;MKTCAP=4017099;CURRENCY=USD;}. Amounts
 * are in millions of the currency; TWS writes {@code -99999.99} where a ratio does not apply.
 *
 * {@snippet :
 * FundamentalRatios ratios = FundamentalRatios.parse(snapshot.text(TickType.FUNDAMENTAL_RATIOS).orElseThrow());
 * double pe = ratios.number("PEEXCLXOR").orElseThrow();
 * }
 *
 * @param values the values by key, in the order TWS sent them
 */
public record FundamentalRatios(Map<String, String> values) {
    /** What TWS writes for a ratio that does not apply. */
    public static final String NOT_APPLICABLE = "-99999.99";

    public FundamentalRatios {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Reads the text of a fundamental ratios tick; pieces without {@code =} (such as an empty one between {@code ;;}) are skipped. */
    public static FundamentalRatios parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return new FundamentalRatios(values);
    }

    /** Returns the text of a key, if TWS sent it. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Returns a key's number; empty if TWS did not send it, sent {@link #NOT_APPLICABLE}, or sent no number (dates, currency). */
    public OptionalDouble number(String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty() || value.equals(NOT_APPLICABLE)) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
