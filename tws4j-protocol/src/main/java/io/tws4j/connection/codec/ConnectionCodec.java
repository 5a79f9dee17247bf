package io.tws4j.connection.codec;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.connection.NoticeCategory;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.VerifyChallenge;
import io.tws4j.connection.VerifyCompletion;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTime;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.IdsRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.proto.ConnectionProto.SetServerLogLevelRequest;
import io.tws4j.protocol.proto.ConnectionProto.StartApiRequest;
import io.tws4j.protocol.proto.ConnectionProto.UserInfo;
import io.tws4j.protocol.proto.ConnectionProto.UserInfoRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyCompleted;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageApi;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Both directions of the session messages: start, time, ids, accounts, notices, and the small
 * administrative requests (user info, server log level, API verification).
 */
public final class ConnectionCodec {

    private ConnectionCodec() {}

    /** Encodes START_API; capabilities are left off the wire when empty, as IB's clients do. */
    public static StartApiRequest startApi(int clientId, String optionalCapabilities) {
        StartApiRequest.Builder request = StartApiRequest.newBuilder().setClientId(clientId);
        if (!optionalCapabilities.isEmpty()) {
            request.setOptionalCapabilities(optionalCapabilities);
        }
        return request.build();
    }

    /** Encodes a request for {@code count} order ids (TWS answers with the next valid one). */
    public static IdsRequest idsRequest(int count) {
        return IdsRequest.newBuilder().setNumIds(count).build();
    }

    /** Encodes the next valid order id. */
    public static NextValidId nextValidId(int orderId) {
        return NextValidId.newBuilder().setOrderId(orderId).build();
    }

    /** Decodes the next valid order id. */
    public static int nextValidId(NextValidId message) {
        return message.getOrderId();
    }

    /** Encodes the managed accounts as one comma-separated list. */
    public static ManagedAccounts managedAccounts(List<String> accounts) {
        return ManagedAccounts.newBuilder().setAccountsList(String.join(",", accounts)).build();
    }

    /** Decodes the comma-separated managed accounts, dropping blanks. */
    public static List<String> managedAccounts(ManagedAccounts message) {
        return Arrays.stream(message.getAccountsList().split(","))
                .map(String::strip)
                .filter(account -> !account.isEmpty())
                .toList();
    }

    /** Encodes the server time, which travels in whole seconds. */
    public static CurrentTime currentTime(Instant time) {
        return CurrentTime.newBuilder().setCurrentTime(time.getEpochSecond()).build();
    }

    /** Decodes the server time. */
    public static Instant currentTime(CurrentTime message) {
        return Instant.ofEpochSecond(message.getCurrentTime());
    }

    /** Encodes the server time in milliseconds. */
    public static CurrentTimeInMillis currentTimeInMillis(Instant time) {
        return CurrentTimeInMillis.newBuilder().setCurrentTimeInMillis(time.toEpochMilli()).build();
    }

    /** Decodes the server time in milliseconds. */
    public static Instant currentTimeInMillis(CurrentTimeInMillis message) {
        return Instant.ofEpochMilli(message.getCurrentTimeInMillis());
    }

    /** Encodes a user-info request. */
    public static UserInfoRequest userInfoRequest(int requestId) {
        return UserInfoRequest.newBuilder().setReqId(requestId).build();
    }

    /** Encodes a user-info answer. */
    public static UserInfo userInfo(int requestId, String whiteBrandingId) {
        return UserInfo.newBuilder().setReqId(requestId).setWhiteBrandingId(whiteBrandingId).build();
    }

    /** Decodes a user-info answer; an absent id reads as empty. */
    public static io.tws4j.connection.UserInfo userInfo(UserInfo message) {
        return new io.tws4j.connection.UserInfo(message.getWhiteBrandingId());
    }

    /** Encodes a server log level change. */
    public static SetServerLogLevelRequest serverLogLevelRequest(ServerLogLevel level) {
        return SetServerLogLevelRequest.newBuilder().setLogLevel(level.wireValue()).build();
    }

    /**
     * Decodes a server log level change.
     *
     * @throws IllegalArgumentException if the level is not 1 to 5
     */
    public static ServerLogLevel serverLogLevel(SetServerLogLevelRequest message) {
        return ServerLogLevel.of(message.getLogLevel());
    }

    /** Encodes a vendor application's verification request. */
    public static VerifyRequest verifyRequest(String apiName, String apiVersion) {
        return VerifyRequest.newBuilder().setApiName(apiName).setApiVersion(apiVersion).build();
    }

    /** Encodes a vendor application's signed answer to TWS's challenge. */
    public static VerifyMessageRequest verifyMessageRequest(String apiData) {
        return VerifyMessageRequest.newBuilder().setApiData(apiData).build();
    }

    /** Encodes TWS's verification challenge. */
    public static VerifyMessageApi verifyMessageApi(VerifyChallenge challenge) {
        return VerifyMessageApi.newBuilder().setApiData(challenge.apiData()).build();
    }

    /** Decodes TWS's verification challenge. */
    public static VerifyChallenge challenge(VerifyMessageApi message) {
        return new VerifyChallenge(message.getApiData());
    }

    /** Encodes the end of a verification; an empty error text stays off the wire. */
    public static VerifyCompleted verifyCompleted(VerifyCompletion completion) {
        VerifyCompleted.Builder message = VerifyCompleted.newBuilder().setIsSuccessful(completion.successful());
        if (!completion.errorText().isEmpty()) {
            message.setErrorText(completion.errorText());
        }
        return message.build();
    }

    /** Decodes the end of a verification; an absent flag reads as a refusal, as IB's clients read it. */
    public static VerifyCompletion completion(VerifyCompleted message) {
        return new VerifyCompletion(message.getIsSuccessful(), message.getErrorText());
    }

    /**
     * Encodes a notice as the gateway sends it: the id always present (-1 for the connection,
     * a ten-byte varint on the wire) and the time in epoch milliseconds.
     */
    public static ErrorMessage errorMessage(int id, int code, String text, Instant time) {
        return ErrorMessage.newBuilder()
                .setId(id)
                .setErrorTime(time.toEpochMilli())
                .setErrorCode(code)
                .setErrorMsg(text)
                .build();
    }

    /** Encodes a notice with advanced order-reject details. */
    public static ErrorMessage errorMessage(Notice notice) {
        ErrorMessage.Builder message = errorMessage(notice.requestId(), notice.code(), notice.message(), notice.time()).toBuilder();
        notice.advancedOrderReject().ifPresent(message::setAdvancedOrderRejectJson);
        return message.build();
    }

    /**
     * Decodes a notice. An absent id means the connection (-1, as IB's newer clients read it) and
     * an absent time means {@code receivedAt}.
     */
    public static Notice notice(ErrorMessage message, Instant receivedAt) {
        int id = message.hasId() ? message.getId() : ErrorCodes.NO_REQUEST_ID;
        Instant time = message.hasErrorTime() ? Instant.ofEpochMilli(message.getErrorTime()) : receivedAt;
        int code = message.getErrorCode();
        return new Notice(id, code, message.getErrorMsg(), time, NoticeCategory.of(code),
                message.getAdvancedOrderRejectJson());
    }
}
