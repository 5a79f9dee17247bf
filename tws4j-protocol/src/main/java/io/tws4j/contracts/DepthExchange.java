package io.tws4j.contracts;

/**
 * An exchange that offers market depth, and how.
 *
 * @param exchange the exchange, e.g. {@code ISLAND}
 * @param secType the security type code it offers depth for
 * @param listingExchange the listing exchange, or empty
 * @param serviceDataType {@code Deep} (one book) or {@code Deep2} (aggregated by market maker)
 * @param aggGroup the aggregated group
 */
public record DepthExchange(String exchange, String secType, String listingExchange, String serviceDataType,
                            int aggGroup) {

    /** Returns the security type. */
    public SecurityType securityType() {
        return SecurityType.of(secType);
    }
}
