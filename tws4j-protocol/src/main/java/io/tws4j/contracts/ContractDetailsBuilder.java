package io.tws4j.contracts;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link ContractDetails}; every field starts unset (empty, zero, none). Used by the
 * codec and by whoever describes contracts, such as the simulated gateway.
 */
public final class ContractDetailsBuilder {
    private Contract contract;
    private String marketName = "";
    private double minTick;
    private List<String> orderTypes = List.of();
    private List<String> validExchanges = List.of();
    private int priceMagnifier;
    private int underConId;
    private String longName = "";
    private String contractMonth = "";
    private String industry = "";
    private String category = "";
    private String subcategory = "";
    private String timeZoneId = "";
    private TradingHours tradingHours = TradingHours.none(ZoneOffset.UTC);
    private TradingHours liquidHours = TradingHours.none(ZoneOffset.UTC);
    private String evRule = "";
    private double evMultiplier;
    private Map<String, String> secIdList = Map.of();
    private int aggGroup;
    private String underSymbol = "";
    private String underSecType = "";
    private List<Integer> marketRuleIds = List.of();
    private String realExpirationDate = "";
    private String stockType = "";
    private BigDecimal minSize = BigDecimal.ZERO;
    private BigDecimal sizeIncrement = BigDecimal.ZERO;
    private BigDecimal suggestedSizeIncrement = BigDecimal.ZERO;
    private Optional<FundDetails> fund = Optional.empty();
    private Optional<BondDetails> bond = Optional.empty();
    private List<IneligibilityReason> ineligibilityReasons = List.of();
    private String eventContract1 = "";
    private String eventContractDescription1 = "";
    private String eventContractDescription2 = "";
    private BigDecimal minAlgoSize = BigDecimal.ZERO;
    private String lastPricePrecision = "";
    private String lastSizePrecision = "";
    private String settlementMethod = "";

    ContractDetailsBuilder(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
    }

    ContractDetailsBuilder(ContractDetails details) {
        this(details.contract());
        marketName = details.marketName();
        minTick = details.minTick();
        orderTypes = details.orderTypes();
        validExchanges = details.validExchanges();
        priceMagnifier = details.priceMagnifier();
        underConId = details.underConId();
        longName = details.longName();
        contractMonth = details.contractMonth();
        industry = details.industry();
        category = details.category();
        subcategory = details.subcategory();
        timeZoneId = details.timeZoneId();
        tradingHours = details.tradingHours();
        liquidHours = details.liquidHours();
        evRule = details.evRule();
        evMultiplier = details.evMultiplier();
        secIdList = details.secIdList();
        aggGroup = details.aggGroup();
        underSymbol = details.underSymbol();
        underSecType = details.underSecType();
        marketRuleIds = details.marketRuleIds();
        realExpirationDate = details.realExpirationDate();
        stockType = details.stockType();
        minSize = details.minSize();
        sizeIncrement = details.sizeIncrement();
        suggestedSizeIncrement = details.suggestedSizeIncrement();
        fund = details.fund();
        bond = details.bond();
        ineligibilityReasons = details.ineligibilityReasons();
        eventContract1 = details.eventContract1();
        eventContractDescription1 = details.eventContractDescription1();
        eventContractDescription2 = details.eventContractDescription2();
        minAlgoSize = details.minAlgoSize();
        lastPricePrecision = details.lastPricePrecision();
        lastSizePrecision = details.lastSizePrecision();
        settlementMethod = details.settlementMethod();
    }

    /** Replaces the contract the details describe. */
    public ContractDetailsBuilder contract(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
        return this;
    }

    /** Sets the market name. */
    public ContractDetailsBuilder marketName(String marketName) {
        this.marketName = marketName;
        return this;
    }

    /** Sets the smallest price increment. */
    public ContractDetailsBuilder minTick(double minTick) {
        this.minTick = minTick;
        return this;
    }

    /** Sets the order types. */
    public ContractDetailsBuilder orderTypes(List<String> orderTypes) {
        this.orderTypes = List.copyOf(orderTypes);
        return this;
    }

    /** Sets the valid exchanges. */
    public ContractDetailsBuilder validExchanges(List<String> validExchanges) {
        this.validExchanges = List.copyOf(validExchanges);
        return this;
    }

    /** Sets the price magnifier. */
    public ContractDetailsBuilder priceMagnifier(int priceMagnifier) {
        this.priceMagnifier = priceMagnifier;
        return this;
    }

    /** Sets the underlying's conId. */
    public ContractDetailsBuilder underConId(int underConId) {
        this.underConId = underConId;
        return this;
    }

    /** Sets the long name. */
    public ContractDetailsBuilder longName(String longName) {
        this.longName = longName;
        return this;
    }

    /** Sets the contract month. */
    public ContractDetailsBuilder contractMonth(String contractMonth) {
        this.contractMonth = contractMonth;
        return this;
    }

    /** Sets the industry, its category and its subcategory. */
    public ContractDetailsBuilder industry(String industry, String category, String subcategory) {
        this.industry = industry;
        this.category = category;
        this.subcategory = subcategory;
        return this;
    }

    /** Sets TWS's name of the time zone; the hours given next are read in it. */
    public ContractDetailsBuilder timeZoneId(String timeZoneId) {
        this.timeZoneId = timeZoneId;
        return this;
    }

    /** Sets the trading hours. */
    public ContractDetailsBuilder tradingHours(TradingHours tradingHours) {
        this.tradingHours = Objects.requireNonNull(tradingHours, "tradingHours");
        return this;
    }

    /** Sets the liquid hours. */
    public ContractDetailsBuilder liquidHours(TradingHours liquidHours) {
        this.liquidHours = Objects.requireNonNull(liquidHours, "liquidHours");
        return this;
    }

    /** Sets the economic value rule and multiplier. */
    public ContractDetailsBuilder economicValue(String evRule, double evMultiplier) {
        this.evRule = evRule;
        this.evMultiplier = evMultiplier;
        return this;
    }

    /** Sets the other identifiers of the security, by type. */
    public ContractDetailsBuilder secIdList(Map<String, String> secIdList) {
        this.secIdList = new LinkedHashMap<>(secIdList);
        return this;
    }

    /** Sets the aggregated group. */
    public ContractDetailsBuilder aggGroup(int aggGroup) {
        this.aggGroup = aggGroup;
        return this;
    }

    /** Sets the underlying's conId, symbol and security type code. */
    public ContractDetailsBuilder underlying(int conId, String symbol, String secType) {
        this.underConId = conId;
        this.underSymbol = symbol;
        this.underSecType = secType;
        return this;
    }

    /** Sets the market rule ids. */
    public ContractDetailsBuilder marketRuleIds(List<Integer> marketRuleIds) {
        this.marketRuleIds = List.copyOf(marketRuleIds);
        return this;
    }

    /** Sets the real expiration date. */
    public ContractDetailsBuilder realExpirationDate(String realExpirationDate) {
        this.realExpirationDate = realExpirationDate;
        return this;
    }

    /** Sets the stock type. */
    public ContractDetailsBuilder stockType(String stockType) {
        this.stockType = stockType;
        return this;
    }

    /** Sets the smallest order size, the size increment and the suggested size increment. */
    public ContractDetailsBuilder sizes(BigDecimal minSize, BigDecimal sizeIncrement, BigDecimal suggestedSizeIncrement) {
        this.minSize = minSize;
        this.sizeIncrement = sizeIncrement;
        this.suggestedSizeIncrement = suggestedSizeIncrement;
        return this;
    }

    /** Sets the mutual-fund fields. */
    public ContractDetailsBuilder fund(FundDetails fund) {
        this.fund = Optional.of(fund);
        return this;
    }

    /** Sets the bond fields. */
    public ContractDetailsBuilder bond(BondDetails bond) {
        this.bond = Optional.of(bond);
        return this;
    }

    /** Sets the ineligibility reasons. */
    public ContractDetailsBuilder ineligibilityReasons(List<IneligibilityReason> reasons) {
        this.ineligibilityReasons = new ArrayList<>(reasons);
        return this;
    }

    /** Sets the event-contract fields. */
    public ContractDetailsBuilder eventContract(String eventContract1, String description1, String description2) {
        this.eventContract1 = eventContract1;
        this.eventContractDescription1 = description1;
        this.eventContractDescription2 = description2;
        return this;
    }

    /** Sets the smallest size of algorithmic orders. */
    public ContractDetailsBuilder minAlgoSize(BigDecimal minAlgoSize) {
        this.minAlgoSize = minAlgoSize;
        return this;
    }

    /** Sets the precisions of last prices and sizes, as TWS sends them. */
    public ContractDetailsBuilder precisions(String lastPricePrecision, String lastSizePrecision) {
        this.lastPricePrecision = lastPricePrecision;
        this.lastSizePrecision = lastSizePrecision;
        return this;
    }

    /** Sets the settlement method. */
    public ContractDetailsBuilder settlementMethod(String settlementMethod) {
        this.settlementMethod = settlementMethod;
        return this;
    }

    /** Returns the details. */
    public ContractDetails build() {
        return new ContractDetails(contract, marketName, minTick, orderTypes, validExchanges, priceMagnifier, underConId,
                longName, contractMonth, industry, category, subcategory, timeZoneId, tradingHours, liquidHours, evRule,
                evMultiplier, secIdList, aggGroup, underSymbol, underSecType, marketRuleIds, realExpirationDate,
                stockType, minSize, sizeIncrement, suggestedSizeIncrement, fund, bond, ineligibilityReasons,
                eventContract1, eventContractDescription1, eventContractDescription2, minAlgoSize,
                lastPricePrecision, lastSizePrecision, settlementMethod);
    }
}
