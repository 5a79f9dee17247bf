package io.tws4j.contracts;

/**
 * Builds a cryptocurrency: on PAXOS, in USD, unless told otherwise.
 *
 * {@snippet :
 * Contract bitcoin = Contract.crypto("BTC").build();
 * }
 */
public final class CryptoBuilder extends VenueBuilder<CryptoBuilder> {

    CryptoBuilder(String symbol) {
        super(symbol, "PAXOS", "USD");
    }

    @Override
    CryptoBuilder self() {
        return this;
    }

    @Override
    public Contract build() {
        return base(SecurityType.CRYPTO).build();
    }
}
