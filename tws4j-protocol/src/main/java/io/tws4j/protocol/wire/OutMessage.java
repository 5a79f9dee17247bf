package io.tws4j.protocol.wire;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ConfigProto;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.DisplayGroupsProto;
import io.tws4j.protocol.proto.FundamentalsProto;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.proto.WshProto;
import java.util.Optional;

/**
 * Messages from the client to the gateway, named and numbered as in IB's clients (API 10.50),
 * and the two {@linkplain #isRetired() retired} fundamentals requests that IB's clients up to
 * 10.46 still send (ids 52 and 53), so that a gateway can read and answer them.
 *
 * <p>Each protobuf message records the server version from which IB's own clients send it as
 * protobuf; at 213 and above that holds for all of them except the four protobuf-only requests
 * introduced later (cancel contract data and historical ticks at 215, config at 219 and 221).
 */
public enum OutMessage {
    REQ_MKT_DATA(1, MarketDataProto.MarketDataRequest.parser(), 206, IdField.REQUEST_ID),
    CANCEL_MKT_DATA(2, MarketDataProto.CancelMarketData.parser(), 206, IdField.REQUEST_ID),
    PLACE_ORDER(3, OrdersProto.PlaceOrderRequest.parser(), 203, IdField.ORDER_ID),
    CANCEL_ORDER(4, OrdersProto.CancelOrderRequest.parser(), 203, IdField.ORDER_ID),
    REQ_OPEN_ORDERS(5, OrdersProto.OpenOrdersRequest.parser(), 204, IdField.NONE),
    REQ_ACCT_DATA(6, AccountsProto.AccountDataRequest.parser(), 207, IdField.NONE),
    REQ_EXECUTIONS(7, OrdersProto.ExecutionRequest.parser(), 201, IdField.REQUEST_ID),
    REQ_IDS(8, ConnectionProto.IdsRequest.parser(), 213, IdField.NONE),
    REQ_CONTRACT_DATA(9, ContractsProto.ContractDataRequest.parser(), 205, IdField.REQUEST_ID),
    REQ_MKT_DEPTH(10, MarketDataProto.MarketDepthRequest.parser(), 206, IdField.REQUEST_ID),
    CANCEL_MKT_DEPTH(11, MarketDataProto.CancelMarketDepth.parser(), 206, IdField.REQUEST_ID),
    REQ_NEWS_BULLETINS(12, NewsProto.NewsBulletinsRequest.parser(), 209, IdField.NONE),
    CANCEL_NEWS_BULLETINS(13, NewsProto.CancelNewsBulletins.parser(), 209, IdField.NONE),
    SET_SERVER_LOGLEVEL(14, ConnectionProto.SetServerLogLevelRequest.parser(), 213, IdField.NONE),
    REQ_AUTO_OPEN_ORDERS(15, OrdersProto.AutoOpenOrdersRequest.parser(), 204, IdField.NONE),
    REQ_ALL_OPEN_ORDERS(16, OrdersProto.AllOpenOrdersRequest.parser(), 204, IdField.NONE),
    REQ_MANAGED_ACCTS(17, ConnectionProto.ManagedAccountsRequest.parser(), 207, IdField.NONE),
    REQ_FA(18, AccountsProto.FaRequest.parser(), 211, IdField.NONE),
    REPLACE_FA(19, AccountsProto.FaReplace.parser(), 211, IdField.REQUEST_ID),
    REQ_HISTORICAL_DATA(20, HistoricalProto.HistoricalDataRequest.parser(), 208, IdField.REQUEST_ID),
    EXERCISE_OPTIONS(21, OrdersProto.ExerciseOptionsRequest.parser(), 211, IdField.ORDER_ID),
    REQ_SCANNER_SUBSCRIPTION(22, ScannerProto.ScannerSubscriptionRequest.parser(), 210, IdField.REQUEST_ID),
    CANCEL_SCANNER_SUBSCRIPTION(23, ScannerProto.CancelScannerSubscription.parser(), 210, IdField.REQUEST_ID),
    REQ_SCANNER_PARAMETERS(24, ScannerProto.ScannerParametersRequest.parser(), 210, IdField.NONE),
    CANCEL_HISTORICAL_DATA(25, HistoricalProto.CancelHistoricalData.parser(), 208, IdField.REQUEST_ID),
    REQ_CURRENT_TIME(49, ConnectionProto.CurrentTimeRequest.parser(), 213, IdField.NONE),
    REQ_REAL_TIME_BARS(50, MarketDataProto.RealTimeBarsRequest.parser(), 208, IdField.REQUEST_ID),
    CANCEL_REAL_TIME_BARS(51, MarketDataProto.CancelRealTimeBars.parser(), 208, IdField.REQUEST_ID),
    /** Retired: IB removed Reuters fundamentals in API 10.47; clients up to 10.46 still send it. */
    REQ_FUNDAMENTAL_DATA(52, FundamentalsProto.FundamentalsDataRequest.parser(), 210, IdField.REQUEST_ID),
    /** Retired with {@link #REQ_FUNDAMENTAL_DATA}. */
    CANCEL_FUNDAMENTAL_DATA(53, FundamentalsProto.CancelFundamentalsData.parser(), 210, IdField.REQUEST_ID),
    REQ_CALC_IMPLIED_VOLAT(54, ContractsProto.CalculateImpliedVolatilityRequest.parser(), 211, IdField.REQUEST_ID),
    REQ_CALC_OPTION_PRICE(55, ContractsProto.CalculateOptionPriceRequest.parser(), 211, IdField.REQUEST_ID),
    CANCEL_CALC_IMPLIED_VOLAT(56, ContractsProto.CancelCalculateImpliedVolatility.parser(), 211, IdField.REQUEST_ID),
    CANCEL_CALC_OPTION_PRICE(57, ContractsProto.CancelCalculateOptionPrice.parser(), 211, IdField.REQUEST_ID),
    REQ_GLOBAL_CANCEL(58, OrdersProto.GlobalCancelRequest.parser(), 203, IdField.NONE),
    REQ_MARKET_DATA_TYPE(59, MarketDataProto.MarketDataTypeRequest.parser(), 206, IdField.NONE),
    REQ_POSITIONS(61, AccountsProto.PositionsRequest.parser(), 207, IdField.NONE),
    REQ_ACCOUNT_SUMMARY(62, AccountsProto.AccountSummaryRequest.parser(), 207, IdField.REQUEST_ID),
    CANCEL_ACCOUNT_SUMMARY(63, AccountsProto.CancelAccountSummary.parser(), 207, IdField.REQUEST_ID),
    CANCEL_POSITIONS(64, AccountsProto.CancelPositions.parser(), 207, IdField.NONE),
    VERIFY_REQUEST(65, ConnectionProto.VerifyRequest.parser(), 213, IdField.NONE),
    VERIFY_MESSAGE(66, ConnectionProto.VerifyMessageRequest.parser(), 213, IdField.NONE),
    QUERY_DISPLAY_GROUPS(67, DisplayGroupsProto.QueryDisplayGroupsRequest.parser(), 213, IdField.REQUEST_ID),
    SUBSCRIBE_TO_GROUP_EVENTS(68, DisplayGroupsProto.SubscribeToGroupEventsRequest.parser(), 213, IdField.REQUEST_ID),
    UPDATE_DISPLAY_GROUP(69, DisplayGroupsProto.UpdateDisplayGroupRequest.parser(), 213, IdField.REQUEST_ID),
    UNSUBSCRIBE_FROM_GROUP_EVENTS(70, DisplayGroupsProto.UnsubscribeFromGroupEventsRequest.parser(), 213, IdField.REQUEST_ID),
    START_API(71, ConnectionProto.StartApiRequest.parser(), 213, IdField.NONE),
    VERIFY_AND_AUTH_REQUEST(72, null, 0, IdField.NONE),
    VERIFY_AND_AUTH_MESSAGE(73, null, 0, IdField.NONE),
    REQ_POSITIONS_MULTI(74, AccountsProto.PositionsMultiRequest.parser(), 207, IdField.REQUEST_ID),
    CANCEL_POSITIONS_MULTI(75, AccountsProto.CancelPositionsMulti.parser(), 207, IdField.REQUEST_ID),
    REQ_ACCOUNT_UPDATES_MULTI(76, AccountsProto.AccountUpdatesMultiRequest.parser(), 207, IdField.REQUEST_ID),
    CANCEL_ACCOUNT_UPDATES_MULTI(77, AccountsProto.CancelAccountUpdatesMulti.parser(), 207, IdField.REQUEST_ID),
    REQ_SEC_DEF_OPT_PARAMS(78, ContractsProto.SecDefOptParamsRequest.parser(), 212, IdField.REQUEST_ID),
    REQ_SOFT_DOLLAR_TIERS(79, AccountsProto.SoftDollarTiersRequest.parser(), 212, IdField.REQUEST_ID),
    REQ_FAMILY_CODES(80, AccountsProto.FamilyCodesRequest.parser(), 212, IdField.NONE),
    REQ_MATCHING_SYMBOLS(81, ContractsProto.MatchingSymbolsRequest.parser(), 212, IdField.REQUEST_ID),
    REQ_MKT_DEPTH_EXCHANGES(82, ContractsProto.MarketDepthExchangesRequest.parser(), 213, IdField.NONE),
    REQ_SMART_COMPONENTS(83, ContractsProto.SmartComponentsRequest.parser(), 212, IdField.REQUEST_ID),
    REQ_NEWS_ARTICLE(84, NewsProto.NewsArticleRequest.parser(), 209, IdField.REQUEST_ID),
    REQ_NEWS_PROVIDERS(85, NewsProto.NewsProvidersRequest.parser(), 209, IdField.NONE),
    REQ_HISTORICAL_NEWS(86, NewsProto.HistoricalNewsRequest.parser(), 209, IdField.REQUEST_ID),
    REQ_HEAD_TIMESTAMP(87, HistoricalProto.HeadTimestampRequest.parser(), 208, IdField.REQUEST_ID),
    REQ_HISTOGRAM_DATA(88, HistoricalProto.HistogramDataRequest.parser(), 208, IdField.REQUEST_ID),
    CANCEL_HISTOGRAM_DATA(89, HistoricalProto.CancelHistogramData.parser(), 208, IdField.REQUEST_ID),
    CANCEL_HEAD_TIMESTAMP(90, HistoricalProto.CancelHeadTimestamp.parser(), 208, IdField.REQUEST_ID),
    REQ_MARKET_RULE(91, ContractsProto.MarketRuleRequest.parser(), 212, IdField.NONE),
    REQ_PNL(92, AccountsProto.PnlRequest.parser(), 210, IdField.REQUEST_ID),
    CANCEL_PNL(93, AccountsProto.CancelPnl.parser(), 210, IdField.REQUEST_ID),
    REQ_PNL_SINGLE(94, AccountsProto.PnlSingleRequest.parser(), 210, IdField.REQUEST_ID),
    CANCEL_PNL_SINGLE(95, AccountsProto.CancelPnlSingle.parser(), 210, IdField.REQUEST_ID),
    REQ_HISTORICAL_TICKS(96, HistoricalProto.HistoricalTicksRequest.parser(), 208, IdField.REQUEST_ID),
    REQ_TICK_BY_TICK_DATA(97, MarketDataProto.TickByTickRequest.parser(), 208, IdField.REQUEST_ID),
    CANCEL_TICK_BY_TICK_DATA(98, MarketDataProto.CancelTickByTick.parser(), 208, IdField.REQUEST_ID),
    REQ_COMPLETED_ORDERS(99, OrdersProto.CompletedOrdersRequest.parser(), 204, IdField.NONE),
    REQ_WSH_META_DATA(100, WshProto.WshMetaDataRequest.parser(), 209, IdField.REQUEST_ID),
    CANCEL_WSH_META_DATA(101, WshProto.CancelWshMetaData.parser(), 209, IdField.REQUEST_ID),
    REQ_WSH_EVENT_DATA(102, WshProto.WshEventDataRequest.parser(), 209, IdField.REQUEST_ID),
    CANCEL_WSH_EVENT_DATA(103, WshProto.CancelWshEventData.parser(), 209, IdField.REQUEST_ID),
    REQ_USER_INFO(104, ConnectionProto.UserInfoRequest.parser(), 212, IdField.REQUEST_ID),
    REQ_CURRENT_TIME_IN_MILLIS(105, ConnectionProto.CurrentTimeInMillisRequest.parser(), 213, IdField.NONE),
    CANCEL_CONTRACT_DATA(106, ContractsProto.CancelContractData.parser(), 215, IdField.REQUEST_ID),
    CANCEL_HISTORICAL_TICKS(107, HistoricalProto.CancelHistoricalTicks.parser(), 215, IdField.REQUEST_ID),
    REQ_CONFIG(108, ConfigProto.ConfigRequest.parser(), 219, IdField.REQUEST_ID),
    UPDATE_CONFIG(109, ConfigProto.UpdateConfigRequest.parser(), 221, IdField.REQUEST_ID);

    /** What field 1 of the request identifies, which is also the id errors about it carry. */
    public enum IdField {
        /** A request id chosen by the client. */
        REQUEST_ID,
        /** An order id (placing, cancelling and exercising). */
        ORDER_ID,
        /** Nothing: errors about it carry id -1. */
        NONE
    }

    private static final OutMessage[] BY_ID = new OutMessage[128];

    static {
        for (OutMessage message : values()) {
            BY_ID[message.id] = message;
        }
    }

    private final int id;
    private final Parser<? extends Message> parser;
    private final int protobufFrom;
    private final IdField idField;

    OutMessage(int id, Parser<? extends Message> parser, int protobufFrom, IdField idField) {
        this.id = id;
        this.parser = parser;
        this.protobufFrom = protobufFrom;
        this.idField = idField;
    }

    /** Returns the message id without the protobuf offset. */
    public int id() {
        return id;
    }

    /** Returns the id this message travels with: {@code id + 200} for protobuf, {@code id} for text. */
    public int wireId() {
        return isTextOnly() ? id : id + Frames.PROTOBUF_ID_OFFSET;
    }

    /** Returns whether the message has no protobuf form. */
    public boolean isTextOnly() {
        return parser == null;
    }

    /** Returns the parser of the protobuf body, or empty for the text-only messages. */
    public Optional<Parser<? extends Message>> parser() {
        return Optional.ofNullable(parser);
    }

    /** Returns the lowest server version that accepts this message as protobuf, or 0 for text-only ones. */
    public int protobufFrom() {
        return protobufFrom;
    }

    /**
     * Returns whether IB has removed the request from its API (the fundamentals requests, gone
     * in 10.47): tws4j never sends it, and a gateway answers it as a current TWS does.
     */
    public boolean isRetired() {
        return this == REQ_FUNDAMENTAL_DATA || this == CANCEL_FUNDAMENTAL_DATA;
    }

    /** Returns what field 1 of the request identifies. */
    public IdField idField() {
        return idField;
    }

    /** Returns the message with this id (without offset), or null if there is none. */
    public static OutMessage byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * Returns the message a raw wire id announces.
     *
     * @throws UnknownMessageIdException if no outgoing message has that id
     * @throws UnexpectedTextFrameException if a message that travels as protobuf arrives as text
     */
    public static OutMessage fromWireId(int rawId) throws ProtocolException {
        boolean protobuf = rawId > Frames.PROTOBUF_ID_OFFSET;
        OutMessage message = byId(protobuf ? rawId - Frames.PROTOBUF_ID_OFFSET : rawId);
        if (message == null || (protobuf && message.isTextOnly())) {
            throw new UnknownMessageIdException(rawId, "outgoing");
        }
        if (!protobuf && !message.isTextOnly()) {
            throw new UnexpectedTextFrameException(rawId, message.name());
        }
        return message;
    }
}
