package io.tws4j.contracts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A TWS contract: every field of the wire's {@code Contract}, with codes kept as sent so that a
 * contract TWS returned goes back unchanged. Typed views of the codes are
 * {@link #securityType()}, {@link #optionRight()} and {@link #securityIdType()}.
 *
 * <p>Build contracts with the typed entry points, which fill in TWS's usual defaults and check
 * what they are given:
 *
 * {@snippet :
 * Contract tesla = Contract.stock("TSLA").build();                                  // SMART, USD
 * Contract toyota = Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build();
 * Contract call = Contract.call("AAPL").strike(150).expiresOn(2024, 12, 20).build();
 * Contract es = Contract.futures("ES").contractMonth(2025, 3).build();
 * Contract euro = Contract.forex("EUR", "USD").build();
 * Contract treasury = Contract.bondCusip("912810RN0").build();
 * }
 *
 * <p>Unset values are zero, empty or false, and never travel: TWS reads an absent field as
 * unset.
 *
 * @param conId TWS's contract id, 0 when unknown
 * @param symbol the underlying symbol
 * @param secType the security type code ({@code STK}, {@code OPT} ...); see {@link #securityType()}
 * @param lastTradeDateOrContractMonth the expiry as {@code yyyyMMdd}, or the contract month as {@code yyyyMM}
 * @param strike the option strike, 0 when unset
 * @param right the option right code ({@code C}, {@code P}); see {@link #optionRight()}
 * @param multiplier the contract multiplier, 0 when unset
 * @param exchange the destination exchange, e.g. {@code SMART}
 * @param primaryExchange the listing exchange, which tells SMART-routed contracts with the same symbol apart
 * @param currency the trading currency
 * @param localSymbol the symbol at the exchange, e.g. {@code ESZ4}
 * @param tradingClass the trading class, e.g. {@code AAPL} or {@code ES}
 * @param secIdType the security id type code ({@code CUSIP}, {@code ISIN} ...); see {@link #securityIdType()}
 * @param secId the security id
 * @param description the contract's description (event contracts)
 * @param issuerId the issuer's id (bonds)
 * @param deltaNeutralContract the hedge of a delta-neutral combo, if any
 * @param includeExpired whether contract-details queries include expired contracts
 * @param comboLegsDescription TWS's description of a combo's legs
 * @param comboLegs the legs of a combo ({@code BAG}) contract
 * @param lastTradeDate the last trading day, {@code yyyyMMdd}, as TWS reports it
 */
public record Contract(int conId, String symbol, String secType, String lastTradeDateOrContractMonth, double strike,
                       String right, double multiplier, String exchange, String primaryExchange, String currency,
                       String localSymbol, String tradingClass, String secIdType, String secId, String description,
                       String issuerId, Optional<DeltaNeutralContract> deltaNeutralContract, boolean includeExpired,
                       String comboLegsDescription, List<ComboLeg> comboLegs, String lastTradeDate) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public Contract {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(secType, "secType");
        Objects.requireNonNull(lastTradeDateOrContractMonth, "lastTradeDateOrContractMonth");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(primaryExchange, "primaryExchange");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(localSymbol, "localSymbol");
        Objects.requireNonNull(tradingClass, "tradingClass");
        Objects.requireNonNull(secIdType, "secIdType");
        Objects.requireNonNull(secId, "secId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(deltaNeutralContract, "deltaNeutralContract");
        Objects.requireNonNull(comboLegsDescription, "comboLegsDescription");
        comboLegs = List.copyOf(comboLegs);
        Objects.requireNonNull(lastTradeDate, "lastTradeDate");
    }

    // ---- typed entry points

    /** Starts a stock: SMART-routed, in USD, unless told otherwise. */
    public static StockBuilder stock(String symbol) {
        return new StockBuilder(symbol);
    }

    /** Starts a call option; the strike and then the expiry must follow before it can be built. */
    public static OptionBuilder.NeedsStrike call(String symbol) {
        return new OptionBuilder.NeedsStrike(symbol, OptionRight.CALL);
    }

    /** Starts a put option; the strike and then the expiry must follow before it can be built. */
    public static OptionBuilder.NeedsStrike put(String symbol) {
        return new OptionBuilder.NeedsStrike(symbol, OptionRight.PUT);
    }

    /**
     * Starts an option with a right known only at run time.
     *
     * @throws IllegalArgumentException if the right is neither a call nor a put
     */
    public static OptionBuilder.NeedsStrike option(String symbol, OptionRight right) {
        if (right != OptionRight.CALL && right != OptionRight.PUT) {
            throw new IllegalArgumentException("an option is a CALL or a PUT, not " + right);
        }
        return new OptionBuilder.NeedsStrike(symbol, right);
    }

    /** Starts a future; a contract month (or {@code anyMonth()} for queries) must be chosen before it can be built. */
    public static FuturesBuilder futures(String symbol) {
        return new FuturesBuilder(symbol);
    }

    /** Starts a continuous future ({@code CONTFUT}), which TWS resolves to the current front contract. */
    public static ContinuousFuturesBuilder continuousFutures(String symbol) {
        return new ContinuousFuturesBuilder(symbol);
    }

    /** Starts a currency pair on IDEALPRO, e.g. {@code forex("EUR", "USD")} for EUR.USD. */
    public static ForexBuilder forex(String base, String quote) {
        return new ForexBuilder(base, quote);
    }

    /** Starts a cryptocurrency: on PAXOS, in USD, unless told otherwise. */
    public static CryptoBuilder crypto(String symbol) {
        return new CryptoBuilder(symbol);
    }

    /** Starts an index; well-known indexes ({@code SPX}, {@code NDX}, {@code DAX} ...) know their exchange and currency. */
    public static IndexBuilder index(String symbol) {
        return new IndexBuilder(symbol);
    }

    /** Starts a bond identified by its CUSIP (check digit verified): SMART-routed, in USD. */
    public static BondBuilder bondCusip(String cusip) {
        return BondBuilder.cusip(cusip);
    }

    /** Starts a bond identified by its ISIN (check digit verified), in the currency of the ISIN's country. */
    public static BondBuilder bondIsin(String isin) {
        return BondBuilder.isin(isin);
    }

    /** Starts a combo ({@code BAG}) on an underlying symbol: verticals, iron condors, or legs of your own. */
    public static SpreadBuilder spread(String symbol) {
        return new SpreadBuilder(symbol);
    }

    /** Starts a contract from nothing, with a setter for every field. */
    public static ContractBuilder builder() {
        return new ContractBuilder();
    }

    /** Returns a builder holding this contract's fields. */
    public ContractBuilder toBuilder() {
        return new ContractBuilder(this);
    }

    /** Returns a contract identified by its id alone, which is all TWS needs (plus an exchange for most requests). */
    public static Contract ofConId(int conId, String exchange) {
        return builder().conId(conId).exchange(exchange).build();
    }

    // ---- typed views

    /** Returns the security type. */
    public SecurityType securityType() {
        return SecurityType.of(secType);
    }

    /** Returns the option right, {@link OptionRight#UNSET} for non-options. */
    public OptionRight optionRight() {
        return OptionRight.of(right);
    }

    /** Returns the security id type, {@link SecurityIdType#UNSET} when there is none. */
    public SecurityIdType securityIdType() {
        return SecurityIdType.of(secIdType);
    }

    /** Returns the expiry day, if {@code lastTradeDateOrContractMonth} names one ({@code yyyyMMdd}). */
    public Optional<LocalDate> expiry() {
        return parseDay(lastTradeDateOrContractMonth);
    }

    /** Returns the contract month, whether {@code lastTradeDateOrContractMonth} names a month or a day. */
    public Optional<YearMonth> contractMonth() {
        String value = lastTradeDateOrContractMonth.strip();
        if (value.length() >= 6 && value.chars().limit(6).allMatch(Character::isDigit)) {
            int month = Integer.parseInt(value.substring(4, 6));
            if (month >= 1 && month <= 12) {
                return Optional.of(YearMonth.of(Integer.parseInt(value.substring(0, 4)), month));
            }
        }
        return Optional.empty();
    }

    /** Returns whether TWS can look the contract up: it has a conId, a symbol, a local symbol or a security id. */
    public boolean isIdentified() {
        return conId != 0 || !symbol.isEmpty() || !secId.isEmpty() || !localSymbol.isEmpty();
    }

    /** Returns whether this is a combo ({@code BAG}) contract. */
    public boolean isCombo() {
        return securityType() == SecurityType.COMBO;
    }

    /**
     * Returns a short description for logs and errors, e.g. {@code AAPL OPT 20241220 150 C SMART USD}
     * or {@code conId 265598 SMART}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!symbol.isEmpty()) {
            text.append(symbol);
        } else if (!secId.isEmpty()) {
            text.append(secIdType).append(' ').append(secId);
        } else if (!localSymbol.isEmpty()) {
            text.append(localSymbol);
        } else {
            text.append("conId ").append(conId);
        }
        for (String part : new String[] {secType, lastTradeDateOrContractMonth,
                strike == 0 ? "" : Numbers.plain(strike), right, exchange, currency}) {
            if (!part.isEmpty()) {
                text.append(' ').append(part);
            }
        }
        return text.toString();
    }

    static Optional<LocalDate> parseDay(String text) {
        String value = text.strip();
        if (value.length() < 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 8), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
