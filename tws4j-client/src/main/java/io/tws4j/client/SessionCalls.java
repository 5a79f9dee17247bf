package io.tws4j.client;

import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.LaneKey;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTime;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The session's id-less requests, each in its own lane so that concurrent callers get their own answers. */
final class SessionCalls {
    /**
     * TWS (10.16 and later) ignores a current-time request less than a second after the last
     * one (ib_insync issues 479 and 604), so the lane spaces them out instead of letting one hang.
     */
    static final LaneKey CURRENT_TIME = new LaneKey("current time", Set.of(InMessage.CURRENT_TIME), Duration.ofMillis(1100));
    static final LaneKey CURRENT_TIME_MILLIS = LaneKey.of("current time in milliseconds", InMessage.CURRENT_TIME_IN_MILLIS);
    static final LaneKey MANAGED_ACCOUNTS = LaneKey.of("managed accounts", InMessage.MANAGED_ACCTS);
    static final LaneKey NEXT_VALID_ID = LaneKey.of("next valid order id", InMessage.NEXT_VALID_ID);

    private SessionCalls() {}

    static CallSpec<Instant> currentTime() {
        return CallSpec.<Instant>shared("current time", CURRENT_TIME, OutMessage.REQ_CURRENT_TIME,
                        CurrentTimeRequest.getDefaultInstance())
                .single(InMessage.CURRENT_TIME, CurrentTime.class, ConnectionCodec::currentTime);
    }

    static CallSpec<Instant> currentTimeMillis() {
        return CallSpec.<Instant>shared("current time in milliseconds", CURRENT_TIME_MILLIS,
                        OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance())
                .single(InMessage.CURRENT_TIME_IN_MILLIS, CurrentTimeInMillis.class, ConnectionCodec::currentTimeInMillis);
    }

    static CallSpec<List<String>> managedAccounts() {
        return CallSpec.<List<String>>shared("managed accounts", MANAGED_ACCOUNTS, OutMessage.REQ_MANAGED_ACCTS,
                        ManagedAccountsRequest.getDefaultInstance())
                .single(InMessage.MANAGED_ACCTS, ManagedAccounts.class, ConnectionCodec::managedAccounts);
    }

    static CallSpec<Integer> nextValidOrderId() {
        return CallSpec.<Integer>shared("next valid order id", NEXT_VALID_ID, OutMessage.REQ_IDS,
                        ConnectionCodec.idsRequest(1))
                .single(InMessage.NEXT_VALID_ID, NextValidId.class, ConnectionCodec::nextValidId);
    }
}
