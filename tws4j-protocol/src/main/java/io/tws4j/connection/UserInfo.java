package io.tws4j.connection;

import java.util.Objects;

/**
 * What TWS tells about the logged-in user: the white-branding id of the broker whose
 * white-labelled platform the login belongs to.
 *
 * @param whiteBrandingId the white-branding id; empty for a login that is not white-branded
 */
public record UserInfo(String whiteBrandingId) {

    public UserInfo {
        Objects.requireNonNull(whiteBrandingId);
    }

    /** Returns whether the login belongs to a white-branded platform. */
    public boolean isWhiteBranded() {
        return !whiteBrandingId.isEmpty();
    }
}
