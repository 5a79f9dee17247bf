package io.tws4j.client.wsh;

import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;

/**
 * Wall Street Horizon corporate events, blocking: the metadata of event types and filters, and
 * events (earnings dates, dividends, splits ...) by contract or by filter. Needs the WSH research
 * subscription at IB. Each call blocks until TWS answers or the request timeout passes.
 *
 * @see io.tws4j.client.wsh.AsyncWshApi the same requests, asynchronous
 */
public interface WshApi {

    /**
     * Returns WSH's metadata: its event types and filters. TWS expects this request before any
     * event query, once a day.
     *
     * {@snippet :
     * WshMetadata metadata = client.wshMetadata();
     * metadata.eventTypes().forEach(type -> System.out.println(type.tag() + " " + type.displayName()));
     * }
     *
     * @throws io.tws4j.client.ProtocolViolationException if TWS's answer is not JSON
     * @throws io.tws4j.client.RequestRejectedException if TWS refuses it, e.g. 10276 without the WSH subscription
     */
    WshMetadata wshMetadata();

    /**
     * Starts a query of WSH events; {@link WshEventDataQuery#fetch()} sends it and returns the events.
     *
     * {@snippet :
     * client.wshMetadata();
     * WshEventData events = client.wshEventData().forContract(265598).from(LocalDate.now()).fetch();
     * events.next(WshEventTypes.EARNINGS_DATE, LocalDate.now())
     *         .ifPresent(earnings -> System.out.println("next earnings " + earnings.date().orElseThrow()));
     * }
     *
     * @see WshEventDataQuery#fetch() for the errors
     */
    WshEventDataQuery<WshEventData> wshEventData();
}
