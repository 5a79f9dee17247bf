package io.tws4j.client;

import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.LaneKey;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import io.tws4j.connection.VerifyCompletion;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTime;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.proto.ConnectionProto.VerifyCompleted;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageApi;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The session's requests: the id-less ones each in their own lane so that concurrent callers get
 * their own answers, user info, the server log level and API verification.
 */
final class SessionCalls {
    /**
     * TWS (10.16 and later) ignores a current-time request less than a second after the last
     * one (ib_insync issues 479 and 604), so the lane spaces them out instead of letting one hang.
     */
    static final LaneKey CURRENT_TIME = new LaneKey("current time", Set.of(InMessage.CURRENT_TIME), Duration.ofMillis(1100));
    static final LaneKey CURRENT_TIME_MILLIS = LaneKey.CURRENT_TIME_MILLIS;
    static final LaneKey MANAGED_ACCOUNTS = LaneKey.of("managed accounts", InMessage.MANAGED_ACCTS);
    static final LaneKey NEXT_VALID_ID = LaneKey.of("next valid order id", InMessage.NEXT_VALID_ID);
    /** TWS ends either verification call with VERIFY_COMPLETED, so both take turns in one lane. */
    static final LaneKey VERIFICATION = LaneKey.of("API verification", InMessage.VERIFY_MESSAGE_API, InMessage.VERIFY_COMPLETED);

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

    static CallSpec<UserInfo> userInfo() {
        return CallSpec.<UserInfo>byRequestId("user info", OutMessage.REQ_USER_INFO, ConnectionCodec::userInfoRequest)
                .single(InMessage.USER_INFO, ConnectionProto.UserInfo.class, ConnectionCodec::userInfo);
    }

    /** Sends the log level; TWS does not answer it. The future completes once it is written. */
    static CompletableFuture<Void> setServerLogLevel(Core core, ServerLogLevel level) {
        return core.send(OutMessage.SET_SERVER_LOGLEVEL, ConnectionCodec.serverLogLevelRequest(level));
    }

    /** Asks for TWS's challenge, which it answers with the challenge or by ending the verification. */
    static CompletableFuture<VerifyChallenge> verifyRequest(Core core, String apiName, String apiVersion) {
        CallSpec<Verification> spec = CallSpec.<Verification>shared("API verification request", VERIFICATION,
                        OutMessage.VERIFY_REQUEST, ConnectionCodec.verifyRequest(apiName, apiVersion))
                .collect(() -> new VerificationCollector(true));
        return map(core.call(spec), Verification::challengeOrThrow);
    }

    /** Sends the signed challenge; TWS ends the verification, successfully or not. */
    static CompletableFuture<Void> verifyMessage(Core core, String apiData) {
        CallSpec<Verification> spec = CallSpec.<Verification>shared("API verification message", VERIFICATION,
                        OutMessage.VERIFY_MESSAGE, ConnectionCodec.verifyMessageRequest(apiData))
                .collect(() -> new VerificationCollector(false));
        return map(core.call(spec), Verification::completeOrThrow);
    }

    static CallSpec<Integer> nextValidOrderId() {
        return CallSpec.<Integer>shared("next valid order id", NEXT_VALID_ID, OutMessage.REQ_IDS,
                        ConnectionCodec.idsRequest(1))
                .single(InMessage.NEXT_VALID_ID, NextValidId.class, ConnectionCodec::nextValidId);
    }

    /**
     * Maps a result, completing the returned future with a mapping's {@link TwsException} itself
     * rather than wrapped, as every other future of the client completes; cancelling it cancels
     * the request.
     */
    private static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<T, R> mapping) {
        CompletableFuture<R> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                result.complete(mapping.apply(value));
            } catch (TwsException e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }

    /** What TWS answered a verification call with: a challenge, or the end of the verification. */
    private record Verification(VerifyChallenge challenge, VerifyCompletion completion) {

        VerifyChallenge challengeOrThrow() {
            if (challenge != null) {
                return challenge;
            }
            throw new VerificationFailedException(completion.errorText());
        }

        Void completeOrThrow() {
            if (completion != null && completion.successful()) {
                return null;
            }
            throw new VerificationFailedException(completion == null ? "" : completion.errorText());
        }
    }

    /** Ends on VERIFY_COMPLETED, or on VERIFY_MESSAGE_API when a challenge is what the call asked for. */
    private static final class VerificationCollector implements Collector<Verification> {
        private final boolean challengeEnds;
        private Verification result;

        VerificationCollector(boolean challengeEnds) {
            this.challengeEnds = challengeEnds;
        }

        @Override
        public boolean accept(InMessage type, Object message) {
            if (type == InMessage.VERIFY_COMPLETED) {
                result = new Verification(null, ConnectionCodec.completion((VerifyCompleted) message));
                return true;
            }
            if (type == InMessage.VERIFY_MESSAGE_API && challengeEnds) {
                result = new Verification(ConnectionCodec.challenge((VerifyMessageApi) message), null);
                return true;
            }
            return false;
        }

        @Override
        public Verification result() {
            return result;
        }
    }
}
