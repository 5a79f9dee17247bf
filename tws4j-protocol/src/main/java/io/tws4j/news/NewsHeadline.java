package io.tws4j.news;

import java.time.Instant;
import java.util.Objects;

/**
 * A headline of historical news: when it was published, by whom, and the id to fetch its
 * article with ({@code client.newsArticle(providerCode, articleId)}).
 *
 * @param time when it was published
 * @param providerCode the provider, e.g. {@code BRFG}
 * @param articleId the article's id at the provider, e.g. {@code BRFG$12ab34cd}
 * @param headline the headline; some providers prefix metadata in braces, e.g. {@code {A:800015:L:en}}
 */
public record NewsHeadline(Instant time, String providerCode, String articleId, String headline) {

    public NewsHeadline {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
    }
}
