package io.tws4j.news;

import java.util.Objects;

/**
 * A news source the login is subscribed to, e.g. {@code BRFG} "Briefing.com General Market Columns".
 *
 * @param code the provider code that requests name
 * @param name the provider's name
 */
public record NewsProvider(String code, String name) {

    public NewsProvider {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
