package io.tws4j.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The options listed on an underlying at one exchange for one trading class: every expiry and
 * every strike (not every combination of them need exist).
 *
 * {@snippet :
 * for (OptionChain chain : client.optionChain(Contract.stock("AAPL").build())) {
 *     System.out.println(chain.exchange() + " " + chain.tradingClass() + " " + chain.expirations().getFirst());
 * }
 * }
 *
 * @param exchange the exchange the options trade on
 * @param underlyingConId the underlying's conId
 * @param tradingClass the options' trading class
 * @param multiplier the options' multiplier, as sent (e.g. {@code 100})
 * @param expirations the expiry days, in order
 * @param strikes the strikes, in order
 */
public record OptionChain(String exchange, int underlyingConId, String tradingClass, String multiplier,
                          List<LocalDate> expirations, List<Double> strikes) {

    public OptionChain {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(tradingClass, "tradingClass");
        Objects.requireNonNull(multiplier, "multiplier");
        expirations = expirations.stream().sorted().toList();
        strikes = strikes.stream().sorted().toList();
    }
}
