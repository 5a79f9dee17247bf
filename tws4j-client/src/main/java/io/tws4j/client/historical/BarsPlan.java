package io.tws4j.client.historical;

import io.tws4j.historical.BarsRequest;
import java.util.Optional;

/**
 * What a bars query sends, and the window its answer is cut to when it asked for an exact period.
 *
 * @param request the request as it travels
 * @param window the period asked for with {@code between}, if any
 */
record BarsPlan(BarsRequest request, Optional<BarsWindow> window) {}
