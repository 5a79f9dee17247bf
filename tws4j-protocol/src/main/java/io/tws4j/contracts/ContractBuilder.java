package io.tws4j.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link Contract} field by field: the escape hatch with a setter for every wire field,
 * for contracts the typed entry points do not cover and for partial descriptions in
 * contract-details queries. It checks only what is never valid (negative numbers, nulls).
 *
 * {@snippet :
 * Contract cfd = Contract.builder().symbol("IBDE40").secType(SecurityType.CFD).exchange("SMART").currency("EUR").build();
 * Contract same = Contract.ofConId(265598, "SMART");
 * }
 */
public final class ContractBuilder {
    private int conId;
    private String symbol = "";
    private String secType = "";
    private String lastTradeDateOrContractMonth = "";
    private double strike;
    private String right = "";
    private double multiplier;
    private String exchange = "";
    private String primaryExchange = "";
    private String currency = "";
    private String localSymbol = "";
    private String tradingClass = "";
    private String secIdType = "";
    private String secId = "";
    private String description = "";
    private String issuerId = "";
    private Optional<DeltaNeutralContract> deltaNeutralContract = Optional.empty();
    private boolean includeExpired;
    private String comboLegsDescription = "";
    private final List<ComboLeg> comboLegs = new ArrayList<>();
    private String lastTradeDate = "";

    ContractBuilder() {}

    ContractBuilder(Contract contract) {
        conId = contract.conId();
        symbol = contract.symbol();
        secType = contract.secType();
        lastTradeDateOrContractMonth = contract.lastTradeDateOrContractMonth();
        strike = contract.strike();
        right = contract.right();
        multiplier = contract.multiplier();
        exchange = contract.exchange();
        primaryExchange = contract.primaryExchange();
        currency = contract.currency();
        localSymbol = contract.localSymbol();
        tradingClass = contract.tradingClass();
        secIdType = contract.secIdType();
        secId = contract.secId();
        description = contract.description();
        issuerId = contract.issuerId();
        deltaNeutralContract = contract.deltaNeutralContract();
        includeExpired = contract.includeExpired();
        comboLegsDescription = contract.comboLegsDescription();
        comboLegs.addAll(contract.comboLegs());
        lastTradeDate = contract.lastTradeDate();
    }

    /** Sets TWS's contract id; 0 means unknown. */
    public ContractBuilder conId(int conId) {
        if (conId < 0) {
            throw new IllegalArgumentException("conId must not be negative: " + conId);
        }
        this.conId = conId;
        return this;
    }

    /** Sets the symbol. */
    public ContractBuilder symbol(String symbol) {
        this.symbol = text(symbol, "symbol");
        return this;
    }

    /** Sets the security type. */
    public ContractBuilder secType(SecurityType type) {
        if (type == SecurityType.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a security type; pass the code with secType(String)");
        }
        this.secType = type.wireValue();
        return this;
    }

    /** Sets the security type code as it travels, for codes {@link SecurityType} does not name. */
    public ContractBuilder secType(String code) {
        this.secType = text(code, "secType");
        return this;
    }

    /** Sets the expiry ({@code yyyyMMdd}) or contract month ({@code yyyyMM}) as it travels. */
    public ContractBuilder lastTradeDateOrContractMonth(String value) {
        this.lastTradeDateOrContractMonth = text(value, "lastTradeDateOrContractMonth");
        return this;
    }

    /** Sets the strike. */
    public ContractBuilder strike(double strike) {
        if (!(strike >= 0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike must be a finite number, 0 or more: " + strike);
        }
        this.strike = strike;
        return this;
    }

    /** Sets the option right. */
    public ContractBuilder right(OptionRight right) {
        if (right == OptionRight.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not an option right; pass the code with right(String)");
        }
        this.right = right.wireValue();
        return this;
    }

    /** Sets the option right code as it travels. */
    public ContractBuilder right(String code) {
        this.right = text(code, "right");
        return this;
    }

    /** Sets the multiplier. */
    public ContractBuilder multiplier(double multiplier) {
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number, 0 or more: " + multiplier);
        }
        this.multiplier = multiplier;
        return this;
    }

    /** Sets the exchange. */
    public ContractBuilder exchange(String exchange) {
        this.exchange = text(exchange, "exchange");
        return this;
    }

    /** Sets the primary exchange. */
    public ContractBuilder primaryExchange(String exchange) {
        this.primaryExchange = text(exchange, "primaryExchange");
        return this;
    }

    /** Sets the currency. */
    public ContractBuilder currency(String currency) {
        this.currency = text(currency, "currency");
        return this;
    }

    /** Sets the local symbol. */
    public ContractBuilder localSymbol(String localSymbol) {
        this.localSymbol = text(localSymbol, "localSymbol");
        return this;
    }

    /** Sets the trading class. */
    public ContractBuilder tradingClass(String tradingClass) {
        this.tradingClass = text(tradingClass, "tradingClass");
        return this;
    }

    /** Sets the security id type. */
    public ContractBuilder secIdType(SecurityIdType type) {
        if (type == SecurityIdType.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a security id type; pass the code with secIdType(String)");
        }
        this.secIdType = type.wireValue();
        return this;
    }

    /** Sets the security id type code as it travels. */
    public ContractBuilder secIdType(String code) {
        this.secIdType = text(code, "secIdType");
        return this;
    }

    /** Sets the security id. */
    public ContractBuilder secId(String secId) {
        this.secId = text(secId, "secId");
        return this;
    }

    /** Sets the description. */
    public ContractBuilder description(String description) {
        this.description = text(description, "description");
        return this;
    }

    /** Sets the issuer id. */
    public ContractBuilder issuerId(String issuerId) {
        this.issuerId = text(issuerId, "issuerId");
        return this;
    }

    /** Sets the hedge of a delta-neutral combo. */
    public ContractBuilder deltaNeutralContract(DeltaNeutralContract hedge) {
        this.deltaNeutralContract = Optional.of(hedge);
        return this;
    }

    /** Sets whether contract-details queries should include expired contracts. */
    public ContractBuilder includeExpired(boolean includeExpired) {
        this.includeExpired = includeExpired;
        return this;
    }

    /** Sets the combo legs description. */
    public ContractBuilder comboLegsDescription(String description) {
        this.comboLegsDescription = text(description, "comboLegsDescription");
        return this;
    }

    /** Adds a combo leg. */
    public ContractBuilder comboLeg(ComboLeg leg) {
        comboLegs.add(Objects.requireNonNull(leg, "leg"));
        return this;
    }

    /** Replaces the combo legs. */
    public ContractBuilder comboLegs(List<ComboLeg> legs) {
        comboLegs.clear();
        legs.forEach(this::comboLeg);
        return this;
    }

    /** Sets the last trading day as TWS reports it ({@code yyyyMMdd}). */
    public ContractBuilder lastTradeDate(String lastTradeDate) {
        this.lastTradeDate = text(lastTradeDate, "lastTradeDate");
        return this;
    }

    /** Returns the contract. */
    public Contract build() {
        return new Contract(conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange,
                primaryExchange, currency, localSymbol, tradingClass, secIdType, secId, description, issuerId,
                deltaNeutralContract, includeExpired, comboLegsDescription, comboLegs, lastTradeDate);
    }

    private static String text(String value, String field) {
        return Objects.requireNonNull(value, field).strip();
    }
}
