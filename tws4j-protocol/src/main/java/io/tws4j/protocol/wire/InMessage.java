package io.tws4j.protocol.wire;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ConfigProto;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.DisplayGroupsProto;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.proto.WshProto;
import java.util.Optional;

/**
 * Messages from the gateway to the client, named and numbered as in IB's clients (API 10.50).
 *
 * <p>From server version 213 on, every message with a protobuf body travels with wire id
 * {@code id + 200}; the four text-only messages keep their plain id.
 */
public enum InMessage {
    TICK_PRICE(1, MarketDataProto.TickPrice.parser(), Correlation.REQUEST_ID),
    TICK_SIZE(2, MarketDataProto.TickSize.parser(), Correlation.REQUEST_ID),
    ORDER_STATUS(3, OrdersProto.OrderStatus.parser(), Correlation.ORDER_ID),
    ERR_MSG(4, ConnectionProto.ErrorMessage.parser(), Correlation.ERROR),
    OPEN_ORDER(5, OrdersProto.OpenOrder.parser(), Correlation.ORDER_ID),
    ACCT_VALUE(6, AccountsProto.AccountValue.parser(), Correlation.NONE),
    PORTFOLIO_VALUE(7, AccountsProto.PortfolioValue.parser(), Correlation.NONE),
    ACCT_UPDATE_TIME(8, AccountsProto.AccountUpdateTime.parser(), Correlation.NONE),
    NEXT_VALID_ID(9, ConnectionProto.NextValidId.parser(), Correlation.NONE),
    CONTRACT_DATA(10, ContractsProto.ContractData.parser(), Correlation.REQUEST_ID),
    EXECUTION_DATA(11, OrdersProto.ExecutionDetails.parser(), Correlation.REQUEST_ID),
    MARKET_DEPTH(12, MarketDataProto.MarketDepth.parser(), Correlation.REQUEST_ID),
    MARKET_DEPTH_L2(13, MarketDataProto.MarketDepthL2.parser(), Correlation.REQUEST_ID),
    NEWS_BULLETINS(14, NewsProto.NewsBulletin.parser(), Correlation.NONE),
    MANAGED_ACCTS(15, ConnectionProto.ManagedAccounts.parser(), Correlation.NONE),
    RECEIVE_FA(16, AccountsProto.ReceiveFa.parser(), Correlation.NONE),
    HISTORICAL_DATA(17, HistoricalProto.HistoricalData.parser(), Correlation.REQUEST_ID),
    BOND_CONTRACT_DATA(18, ContractsProto.ContractData.parser(), Correlation.REQUEST_ID),
    SCANNER_PARAMETERS(19, ScannerProto.ScannerParameters.parser(), Correlation.NONE),
    SCANNER_DATA(20, ScannerProto.ScannerData.parser(), Correlation.REQUEST_ID),
    TICK_OPTION_COMPUTATION(21, MarketDataProto.TickOptionComputation.parser(), Correlation.REQUEST_ID),
    TICK_GENERIC(45, MarketDataProto.TickGeneric.parser(), Correlation.REQUEST_ID),
    TICK_STRING(46, MarketDataProto.TickString.parser(), Correlation.REQUEST_ID),
    TICK_EFP(47, null, Correlation.NONE),
    CURRENT_TIME(49, ConnectionProto.CurrentTime.parser(), Correlation.NONE),
    REAL_TIME_BARS(50, MarketDataProto.RealTimeBarTick.parser(), Correlation.REQUEST_ID),
    CONTRACT_DATA_END(52, ContractsProto.ContractDataEnd.parser(), Correlation.REQUEST_ID),
    OPEN_ORDER_END(53, OrdersProto.OpenOrdersEnd.parser(), Correlation.NONE),
    ACCT_DOWNLOAD_END(54, AccountsProto.AccountDataEnd.parser(), Correlation.NONE),
    EXECUTION_DATA_END(55, OrdersProto.ExecutionDetailsEnd.parser(), Correlation.REQUEST_ID),
    DELTA_NEUTRAL_VALIDATION(56, null, Correlation.NONE),
    TICK_SNAPSHOT_END(57, MarketDataProto.TickSnapshotEnd.parser(), Correlation.REQUEST_ID),
    MARKET_DATA_TYPE(58, MarketDataProto.MarketDataType.parser(), Correlation.REQUEST_ID),
    COMMISSION_AND_FEES_REPORT(59, OrdersProto.CommissionAndFeesReport.parser(), Correlation.EXECUTION_ID),
    POSITION_DATA(61, AccountsProto.Position.parser(), Correlation.NONE),
    POSITION_END(62, AccountsProto.PositionEnd.parser(), Correlation.NONE),
    ACCOUNT_SUMMARY(63, AccountsProto.AccountSummary.parser(), Correlation.REQUEST_ID),
    ACCOUNT_SUMMARY_END(64, AccountsProto.AccountSummaryEnd.parser(), Correlation.REQUEST_ID),
    VERIFY_MESSAGE_API(65, ConnectionProto.VerifyMessageApi.parser(), Correlation.NONE),
    VERIFY_COMPLETED(66, ConnectionProto.VerifyCompleted.parser(), Correlation.NONE),
    DISPLAY_GROUP_LIST(67, DisplayGroupsProto.DisplayGroupList.parser(), Correlation.REQUEST_ID),
    DISPLAY_GROUP_UPDATED(68, DisplayGroupsProto.DisplayGroupUpdated.parser(), Correlation.REQUEST_ID),
    VERIFY_AND_AUTH_MESSAGE_API(69, null, Correlation.NONE),
    VERIFY_AND_AUTH_COMPLETED(70, null, Correlation.NONE),
    POSITION_MULTI(71, AccountsProto.PositionMulti.parser(), Correlation.REQUEST_ID),
    POSITION_MULTI_END(72, AccountsProto.PositionMultiEnd.parser(), Correlation.REQUEST_ID),
    ACCOUNT_UPDATE_MULTI(73, AccountsProto.AccountUpdateMulti.parser(), Correlation.REQUEST_ID),
    ACCOUNT_UPDATE_MULTI_END(74, AccountsProto.AccountUpdateMultiEnd.parser(), Correlation.REQUEST_ID),
    SECURITY_DEFINITION_OPTION_PARAMETER(75, ContractsProto.SecDefOptParameter.parser(), Correlation.REQUEST_ID),
    SECURITY_DEFINITION_OPTION_PARAMETER_END(76, ContractsProto.SecDefOptParameterEnd.parser(), Correlation.REQUEST_ID),
    SOFT_DOLLAR_TIERS(77, AccountsProto.SoftDollarTiers.parser(), Correlation.REQUEST_ID),
    FAMILY_CODES(78, AccountsProto.FamilyCodes.parser(), Correlation.NONE),
    SYMBOL_SAMPLES(79, ContractsProto.SymbolSamples.parser(), Correlation.REQUEST_ID),
    MKT_DEPTH_EXCHANGES(80, ContractsProto.MarketDepthExchanges.parser(), Correlation.NONE),
    TICK_REQ_PARAMS(81, MarketDataProto.TickReqParams.parser(), Correlation.REQUEST_ID),
    SMART_COMPONENTS(82, ContractsProto.SmartComponents.parser(), Correlation.REQUEST_ID),
    NEWS_ARTICLE(83, NewsProto.NewsArticle.parser(), Correlation.REQUEST_ID),
    TICK_NEWS(84, NewsProto.TickNews.parser(), Correlation.REQUEST_ID),
    NEWS_PROVIDERS(85, NewsProto.NewsProviders.parser(), Correlation.NONE),
    HISTORICAL_NEWS(86, NewsProto.HistoricalNews.parser(), Correlation.REQUEST_ID),
    HISTORICAL_NEWS_END(87, NewsProto.HistoricalNewsEnd.parser(), Correlation.REQUEST_ID),
    HEAD_TIMESTAMP(88, HistoricalProto.HeadTimestamp.parser(), Correlation.REQUEST_ID),
    HISTOGRAM_DATA(89, HistoricalProto.HistogramData.parser(), Correlation.REQUEST_ID),
    HISTORICAL_DATA_UPDATE(90, HistoricalProto.HistoricalDataUpdate.parser(), Correlation.REQUEST_ID),
    REROUTE_MKT_DATA_REQ(91, MarketDataProto.RerouteMarketDataRequest.parser(), Correlation.REQUEST_ID),
    REROUTE_MKT_DEPTH_REQ(92, MarketDataProto.RerouteMarketDepthRequest.parser(), Correlation.REQUEST_ID),
    MARKET_RULE(93, ContractsProto.MarketRule.parser(), Correlation.NONE),
    PNL(94, AccountsProto.Pnl.parser(), Correlation.REQUEST_ID),
    PNL_SINGLE(95, AccountsProto.PnlSingle.parser(), Correlation.REQUEST_ID),
    HISTORICAL_TICKS(96, HistoricalProto.HistoricalTicks.parser(), Correlation.REQUEST_ID),
    HISTORICAL_TICKS_BID_ASK(97, HistoricalProto.HistoricalTicksBidAsk.parser(), Correlation.REQUEST_ID),
    HISTORICAL_TICKS_LAST(98, HistoricalProto.HistoricalTicksLast.parser(), Correlation.REQUEST_ID),
    TICK_BY_TICK(99, MarketDataProto.TickByTickData.parser(), Correlation.REQUEST_ID),
    ORDER_BOUND(100, OrdersProto.OrderBound.parser(), Correlation.ORDER_ID),
    COMPLETED_ORDER(101, OrdersProto.CompletedOrder.parser(), Correlation.NONE),
    COMPLETED_ORDERS_END(102, OrdersProto.CompletedOrdersEnd.parser(), Correlation.NONE),
    REPLACE_FA_END(103, AccountsProto.ReplaceFaEnd.parser(), Correlation.REQUEST_ID),
    WSH_META_DATA(104, WshProto.WshMetaData.parser(), Correlation.REQUEST_ID),
    WSH_EVENT_DATA(105, WshProto.WshEventData.parser(), Correlation.REQUEST_ID),
    HISTORICAL_SCHEDULE(106, HistoricalProto.HistoricalSchedule.parser(), Correlation.REQUEST_ID),
    USER_INFO(107, ConnectionProto.UserInfo.parser(), Correlation.REQUEST_ID),
    HISTORICAL_DATA_END(108, HistoricalProto.HistoricalDataEnd.parser(), Correlation.REQUEST_ID),
    CURRENT_TIME_IN_MILLIS(109, ConnectionProto.CurrentTimeInMillis.parser(), Correlation.NONE),
    CONFIG_RESPONSE(110, ConfigProto.ConfigResponse.parser(), Correlation.REQUEST_ID),
    UPDATE_CONFIG_RESPONSE(111, ConfigProto.UpdateConfigResponse.parser(), Correlation.REQUEST_ID);

    /** How a message is tied to the request it answers. */
    public enum Correlation {
        /** Field 1 is the request id of the request it answers. */
        REQUEST_ID,
        /** It carries the order id of an order (OpenOrder and OrderStatus in field 1, OrderBound in field 3). */
        ORDER_ID,
        /** It carries the execution id of an earlier execution (commission reports). */
        EXECUTION_ID,
        /** An error or notice whose id field names a request, an order, or nothing (-1). */
        ERROR,
        /** No id: it answers the only outstanding request of its kind, or arrives unsolicited. */
        NONE
    }

    private static final InMessage[] BY_ID = new InMessage[128];

    static {
        for (InMessage message : values()) {
            BY_ID[message.id] = message;
        }
    }

    private final int id;
    private final Parser<? extends Message> parser;
    private final Correlation correlation;

    InMessage(int id, Parser<? extends Message> parser, Correlation correlation) {
        this.id = id;
        this.parser = parser;
        this.correlation = correlation;
    }

    /** Returns the message id without the protobuf offset. */
    public int id() {
        return id;
    }

    /** Returns the id this message travels with: {@code id + 200} for protobuf, {@code id} for text. */
    public int wireId() {
        return isTextOnly() ? id : id + Frames.PROTOBUF_ID_OFFSET;
    }

    /** Returns whether the message has no protobuf form and travels as NUL-separated text. */
    public boolean isTextOnly() {
        return parser == null;
    }

    /** Returns the parser of the protobuf body, or empty for the text-only messages. */
    public Optional<Parser<? extends Message>> parser() {
        return Optional.ofNullable(parser);
    }

    /** Returns how this message is tied to the request it answers. */
    public Correlation correlation() {
        return correlation;
    }

    /** Returns the message with this id (without offset), or null if there is none. */
    public static InMessage byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * Returns the message a raw wire id announces.
     *
     * @throws UnknownMessageIdException if no incoming message has that id
     * @throws UnexpectedTextFrameException if a message that travels as protobuf arrives as text
     */
    public static InMessage fromWireId(int rawId) throws ProtocolException {
        boolean protobuf = rawId > Frames.PROTOBUF_ID_OFFSET;
        InMessage message = byId(protobuf ? rawId - Frames.PROTOBUF_ID_OFFSET : rawId);
        if (message == null || (protobuf && message.isTextOnly())) {
            throw new UnknownMessageIdException(rawId, "incoming");
        }
        if (!protobuf && !message.isTextOnly()) {
            throw new UnexpectedTextFrameException(rawId, message.name());
        }
        return message;
    }
}
