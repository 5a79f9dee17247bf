package io.tws4j.news.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The generic tick list that asks for news only: {@code mdoff} turns the market data off, and
 * tick 292 asks for headlines, of every provider or of some ({@code 292:BRFG+DJNL}), as IB
 * documents for news on a contract.
 */
final class NewsTicks {
    static final String NEWS_TICK = "292";
    static final String MARKET_DATA_OFF = "mdoff";

    private NewsTicks() {}

    static String genericTickList(List<String> providerCodes) {
        return MARKET_DATA_OFF + "," + NEWS_TICK + (providerCodes.isEmpty() ? "" : ":" + String.join("+", providerCodes));
    }

    static Optional<List<String>> providers(String genericTickList) {
        return Arrays.stream(genericTickList.split(","))
                .map(String::strip)
                .filter(item -> item.equals(NEWS_TICK) || item.startsWith(NEWS_TICK + ":"))
                .findFirst()
                .map(item -> item.length() > NEWS_TICK.length() ? NewsCodec.providerList(item.substring(NEWS_TICK.length() + 1))
                        : List.of());
    }
}
