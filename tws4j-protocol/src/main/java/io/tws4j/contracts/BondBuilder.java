package io.tws4j.contracts;

/**
 * Builds a bond identified by CUSIP or ISIN, SMART-routed. A CUSIP bond is in USD; an ISIN bond
 * in the currency of the ISIN's country (EUR for {@code DE...}, USD when tws4j does not know it).
 *
 * {@snippet :
 * Contract treasury = Contract.bondCusip("912810RN0").build();      // BOND, CUSIP 912810RN0, SMART, USD
 * Contract bund = Contract.bondIsin("DE0001102309").build();        // BOND, ISIN DE0001102309, SMART, EUR
 * }
 */
public final class BondBuilder {
    private final SecurityIdType idType;
    private final String id;
    private String exchange = "SMART";
    private String currency;

    private BondBuilder(SecurityIdType idType, String id, String currency) {
        this.idType = idType;
        this.id = id;
        this.currency = currency;
    }

    /** @throws IllegalArgumentException if the CUSIP is malformed or its check digit is wrong */
    static BondBuilder cusip(String cusip) {
        return new BondBuilder(SecurityIdType.CUSIP, SecurityIds.cusip(cusip), "USD");
    }

    /** @throws IllegalArgumentException if the ISIN is malformed or its check digit is wrong */
    static BondBuilder isin(String isin) {
        String checked = SecurityIds.isin(isin);
        return new BondBuilder(SecurityIdType.ISIN, checked, SecurityIds.isinCurrency(checked));
    }

    /** Sets the destination exchange (SMART by default). */
    public BondBuilder onExchange(String exchange) {
        this.exchange = Checks.exchange(exchange);
        return this;
    }

    /** Sets the currency. */
    public BondBuilder inCurrency(String currency) {
        this.currency = Checks.currency(currency);
        return this;
    }

    /** Returns the contract. */
    public Contract build() {
        return Contract.builder()
                .secType(SecurityType.BOND)
                .secIdType(idType)
                .secId(id)
                .exchange(exchange)
                .currency(currency)
                .build();
    }
}
