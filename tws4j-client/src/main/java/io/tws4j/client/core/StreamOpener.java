package io.tws4j.client.core;

/**
 * What a query's streaming terminal calls: opens the stream of the request as described, resuming
 * after a reconnect or not, and returns what the surface hands out (a subscription, a feed, a
 * live view).
 *
 * @param <Q> the request as the query describes it
 * @param <S> what the terminal returns
 */
@FunctionalInterface
public interface StreamOpener<Q, S> {

    /**
     * @param resumeOnReconnect whether the stream is sent again after a reconnect rather than ended
     */
    S open(Q request, boolean resumeOnReconnect);
}
