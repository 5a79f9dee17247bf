package io.tws4j.contracts;

import io.tws4j.connection.TwsTimeZones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything TWS knows about one contract: the full contract (with its conId), how it trades
 * (exchanges, order types, price and size increments, sessions), and what it is (names,
 * industry, underlying). The fund- and bond-specific fields are grouped in {@link FundDetails}
 * and {@link BondDetails}, present only when TWS sent any of them.
 *
 * {@snippet :
 * ContractDetails aapl = client.contractDetails(Contract.stock("AAPL").build()).getFirst();
 * System.out.println(aapl.longName() + " " + aapl.contract().conId() + " tick " + aapl.minTick());
 * System.out.println("open now: " + aapl.tradingHours().isOpen(Instant.now()));
 * }
 *
 * @param contract the contract, fully described
 * @param marketName the market name, e.g. {@code NMS}
 * @param minTick the smallest price increment on any exchange at any price (see the market rules for the rest)
 * @param orderTypes the order types the contract supports
 * @param validExchanges the exchanges it can be routed to
 * @param priceMagnifier the factor between quoted and order prices (e.g. 100 for prices in cents)
 * @param underConId the underlying's conId (derivatives)
 * @param longName the descriptive name, e.g. {@code APPLE INC}
 * @param contractMonth the contract month of a derivative, {@code yyyyMM}
 * @param industry the industry
 * @param category the industry category
 * @param subcategory the industry subcategory
 * @param timeZoneId TWS's name of the contract's time zone (e.g. {@code US/Eastern}); see {@link #timeZone()}
 * @param tradingHours the trading hours, for about a week from today
 * @param liquidHours the liquid (regular) hours, for about a week from today
 * @param evRule the economic value rule (e.g. {@code aapl/100})
 * @param evMultiplier the economic value multiplier
 * @param secIdList other identifiers of the security, by type (e.g. {@code ISIN})
 * @param aggGroup the aggregated group
 * @param underSymbol the underlying's symbol
 * @param underSecType the underlying's security type code
 * @param marketRuleIds the market rule of each valid exchange, in the same order
 * @param realExpirationDate the real expiration date, {@code yyyyMMdd}
 * @param stockType the stock type, e.g. {@code COMMON}, {@code ETF}, {@code ADR}
 * @param minSize the smallest order size, 0 when TWS gave none
 * @param sizeIncrement the order size increment, 0 when TWS gave none
 * @param suggestedSizeIncrement the suggested size increment, 0 when TWS gave none
 * @param fund the mutual-fund fields, if any were sent
 * @param bond the bond fields, if any were sent
 * @param ineligibilityReasons why the account may not trade the contract, if it may not
 * @param eventContract1 the event contract's first part (event contracts)
 * @param eventContractDescription1 the first description (event contracts)
 * @param eventContractDescription2 the second description (event contracts)
 * @param minAlgoSize the smallest size for algorithmic orders, 0 when TWS gave none
 * @param lastPricePrecision the precision of last prices, as sent
 * @param lastSizePrecision the precision of last sizes, as sent
 * @param settlementMethod the settlement method, as sent
 */
public record ContractDetails(Contract contract, String marketName, double minTick, List<String> orderTypes,
                              List<String> validExchanges, int priceMagnifier, int underConId, String longName,
                              String contractMonth, String industry, String category, String subcategory,
                              String timeZoneId, TradingHours tradingHours, TradingHours liquidHours, String evRule,
                              double evMultiplier, Map<String, String> secIdList, int aggGroup, String underSymbol,
                              String underSecType, List<Integer> marketRuleIds, String realExpirationDate,
                              String stockType, BigDecimal minSize, BigDecimal sizeIncrement,
                              BigDecimal suggestedSizeIncrement, Optional<FundDetails> fund, Optional<BondDetails> bond,
                              List<IneligibilityReason> ineligibilityReasons, String eventContract1,
                              String eventContractDescription1, String eventContractDescription2,
                              BigDecimal minAlgoSize, String lastPricePrecision, String lastSizePrecision,
                              String settlementMethod) {

    public ContractDetails {
        Objects.requireNonNull(contract, "contract");
        orderTypes = List.copyOf(orderTypes);
        validExchanges = List.copyOf(validExchanges);
        Objects.requireNonNull(tradingHours, "tradingHours");
        Objects.requireNonNull(liquidHours, "liquidHours");
        secIdList = Map.copyOf(secIdList);
        marketRuleIds = List.copyOf(marketRuleIds);
        minSize = normalized(minSize);
        sizeIncrement = normalized(sizeIncrement);
        suggestedSizeIncrement = normalized(suggestedSizeIncrement);
        minAlgoSize = normalized(minAlgoSize);
        fund = fund.filter(details -> !details.isEmpty());
        bond = bond.filter(details -> !details.isEmpty());
        ineligibilityReasons = List.copyOf(ineligibilityReasons);
        for (String text : new String[] {marketName, longName, contractMonth, industry, category, subcategory,
                timeZoneId, evRule, underSymbol, underSecType, realExpirationDate, stockType, eventContract1,
                eventContractDescription1, eventContractDescription2, lastPricePrecision, lastSizePrecision,
                settlementMethod}) {
            Objects.requireNonNull(text, "contract details have no null text fields");
        }
    }

    /** Returns a builder of details for {@code contract}, every other field unset. */
    public static ContractDetailsBuilder builder(Contract contract) {
        return new ContractDetailsBuilder(contract);
    }

    /** Returns a builder holding these details. */
    public ContractDetailsBuilder toBuilder() {
        return new ContractDetailsBuilder(this);
    }

    /** Returns the contract's time zone, if TWS's name for it is one tws4j knows (see {@link TwsTimeZones}). */
    public Optional<ZoneId> timeZone() {
        return TwsTimeZones.resolve(timeZoneId);
    }

    /** Returns the real expiration date, if it is a {@code yyyyMMdd} date. */
    public Optional<LocalDate> realExpiration() {
        return Contract.parseDay(realExpirationDate);
    }

    /** Returns the market rule that applies on {@code exchange}, if the contract trades there. */
    public OptionalInt marketRuleIdFor(String exchange) {
        int index = validExchanges.indexOf(exchange);
        return index < 0 || index >= marketRuleIds.size() ? OptionalInt.empty() : OptionalInt.of(marketRuleIds.get(index));
    }

    private static BigDecimal normalized(BigDecimal value) {
        return value == null || value.signum() == 0 ? BigDecimal.ZERO : value;
    }
}
