package io.tws4j.news;

import java.time.Instant;
import java.util.Objects;

/**
 * A headline as it breaks, from a news subscription on a contract or on a provider's broad tape.
 *
 * @param time when it was published
 * @param providerCode the provider, e.g. {@code BRFG}
 * @param articleId the article's id at the provider
 * @param headline the headline
 * @param extraData the provider's extra data (language, sentiment ...) as sent, or empty
 */
public record NewsTick(Instant time, String providerCode, String articleId, String headline, String extraData) {

    public NewsTick {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(extraData, "extraData");
    }
}
