package io.tws4j.config;

import java.util.Objects;

/**
 * TWS's API configuration: the precautions API orders skip and the API settings.
 *
 * {@snippet :
 * ApiConfig api = ApiConfig.of(ApiSettings.builder().masterClientId(0).build());
 * }
 *
 * @param precautions the order precautions API orders skip
 * @param settings the API settings
 */
public record ApiConfig(ApiPrecautions precautions, ApiSettings settings) {

    /** An API configuration with no value at all. */
    public static final ApiConfig EMPTY = new ApiConfig(ApiPrecautions.EMPTY, ApiSettings.EMPTY);

    public ApiConfig {
        Objects.requireNonNull(precautions);
        Objects.requireNonNull(settings);
    }

    /** Returns an API configuration of settings only. */
    public static ApiConfig of(ApiSettings settings) {
        return new ApiConfig(ApiPrecautions.EMPTY, settings);
    }

    /** Returns an API configuration of precautions only. */
    public static ApiConfig of(ApiPrecautions precautions) {
        return new ApiConfig(precautions, ApiSettings.EMPTY);
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return precautions.isEmpty() && settings.isEmpty();
    }
}
