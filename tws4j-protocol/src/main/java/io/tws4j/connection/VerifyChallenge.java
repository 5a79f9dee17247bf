package io.tws4j.connection;

import java.util.Objects;

/**
 * TWS's answer to a vendor application's verification request: the data to sign and send back
 * with a verification message.
 *
 * @param apiData the data as sent
 */
public record VerifyChallenge(String apiData) {

    public VerifyChallenge {
        Objects.requireNonNull(apiData);
    }
}
