package io.tws4j.client;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.client.accounts.PortfolioView;
import io.tws4j.client.accounts.RealAccountsApi;
import io.tws4j.client.config.ConfigUpdateQuery;
import io.tws4j.client.config.RealConfigApi;
import io.tws4j.client.contracts.RealContractsApi;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.NoticeHub;
import io.tws4j.client.displaygroups.RealDisplayGroupsApi;
import io.tws4j.client.historical.HistoricalDataQuery;
import io.tws4j.client.historical.HistoricalTicksQuery;
import io.tws4j.client.historical.RealHistoricalApi;
import io.tws4j.client.marketdata.MarketDataQuery;
import io.tws4j.client.marketdata.MarketDepthQuery;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.RealMarketDataApi;
import io.tws4j.client.marketdata.RealTimeBarsQuery;
import io.tws4j.client.marketdata.TickByTickQuery;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.client.news.HistoricalNewsQuery;
import io.tws4j.client.news.RealNewsApi;
import io.tws4j.client.orders.OrderHandle;
import io.tws4j.client.orders.OrderQuery;
import io.tws4j.client.orders.RealOrdersApi;
import io.tws4j.client.scanner.RealScannerApi;
import io.tws4j.client.scanner.ScannerSubscriptionQuery;
import io.tws4j.client.wsh.RealWshApi;
import io.tws4j.client.wsh.WshEventDataQuery;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.connection.Notice;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.FuturesBuilder;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;
import java.time.Instant;
import java.util.List;

/** The blocking surface: waits on the core's futures and reads streams straight from their buffers. */
final class RealTwsClient implements TwsClient {
    private final Core core;
    private final RealAsyncTwsClient async;
    private final RealContractsApi contracts;
    private final RealDisplayGroupsApi displayGroups;
    private final RealNewsApi news;
    private final RealConfigApi config;
    private final RealScannerApi scanner;
    private final RealWshApi wsh;
    private final RealHistoricalApi historical;
    private final RealMarketDataApi marketData;
    private final RealOrdersApi orders;
    private final RealAccountsApi accounts;

    private RealTwsClient(Core core) {
        this.core = core;
        this.async = new RealAsyncTwsClient(core, this);
        this.contracts = new RealContractsApi(core);
        this.displayGroups = new RealDisplayGroupsApi(core);
        this.news = new RealNewsApi(core);
        this.config = new RealConfigApi(core);
        this.scanner = new RealScannerApi(core);
        this.wsh = new RealWshApi(core);
        this.historical = new RealHistoricalApi(core);
        this.marketData = new RealMarketDataApi(core);
        this.orders = new RealOrdersApi(core);
        this.accounts = new RealAccountsApi(core);
    }

    static TwsClient connect(ClientOptions options) {
        return new RealTwsClient(Core.connect(options, new NoticeHub()));
    }

    static ClientWithNotices connectWithNoticeStream(ClientOptions options) {
        NoticeHub notices = new NoticeHub();
        BlockingSubscription<Notice> early = new BlockingSubscription<>(notices.subscribe(options.streamBufferCapacity()));
        try {
            return new ClientWithNotices(new RealTwsClient(Core.connect(options, notices)), early);
        } catch (TwsException e) {
            early.close();
            throw e;
        }
    }

    @Override
    public AsyncTwsClient async() {
        return async;
    }

    @Override
    public ClientOptions options() {
        return core.options();
    }

    @Override
    public ConnectionInfo connectionInfo() {
        return core.info();
    }

    @Override
    public int serverVersion() {
        return core.info().serverVersion();
    }

    @Override
    public boolean isConnected() {
        return core.isConnected();
    }

    @Override
    public Instant currentTime() {
        return Blocking.await(core.call(SessionCalls.currentTime()), "current time");
    }

    @Override
    public Instant currentTimeMillis() {
        return Blocking.await(core.call(SessionCalls.currentTimeMillis()), "current time in milliseconds");
    }

    @Override
    public List<String> managedAccounts() {
        return Blocking.await(core.call(SessionCalls.managedAccounts()), "managed accounts");
    }

    @Override
    public int nextValidOrderId() {
        return Blocking.await(core.call(SessionCalls.nextValidOrderId()), "next valid order id");
    }

    @Override
    public int nextOrderId() {
        return core.orderIds().next();
    }

    @Override
    public UserInfo userInfo() {
        return Blocking.await(core.call(SessionCalls.userInfo()), "user info");
    }

    @Override
    public void setServerLogLevel(ServerLogLevel level) {
        SessionCalls.setServerLogLevel(core, level);
    }

    @Override
    public VerifyChallenge verifyRequest(String apiName, String apiVersion) {
        return Blocking.await(SessionCalls.verifyRequest(core, apiName, apiVersion), "API verification request");
    }

    @Override
    public void verifyMessage(String apiData) {
        Blocking.await(SessionCalls.verifyMessage(core, apiData), "API verification message");
    }

    @Override
    public Subscription<Notice> notices() {
        return new BlockingSubscription<>(core.notices().subscribe(core.options().streamBufferCapacity()));
    }

    @Override
    public PacingStatus pacing() {
        return core.pacing();
    }

    @Override
    public void close() {
        core.close();
    }

    @Override
    public void closeNow() {
        core.closeNow();
    }

    // ---- contracts

    @Override
    public List<ContractDetails> contractDetails(Contract contract) {
        return contracts.contractDetails(contract);
    }

    @Override
    public List<ContractDescription> matchingSymbols(String pattern) {
        return contracts.matchingSymbols(pattern);
    }

    @Override
    public List<OptionChain> optionChain(Contract underlying) {
        return contracts.optionChain(underlying);
    }

    @Override
    public MarketRule marketRule(int ruleId) {
        return contracts.marketRule(ruleId);
    }

    @Override
    public List<SmartComponent> smartComponents(String bboExchange) {
        return contracts.smartComponents(bboExchange);
    }

    @Override
    public List<DepthExchange> marketDepthExchanges() {
        return contracts.marketDepthExchanges();
    }

    @Override
    public OptionComputation calculateOptionPrice(Contract option, double volatility, double underlyingPrice) {
        return contracts.calculateOptionPrice(option, volatility, underlyingPrice);
    }

    @Override
    public OptionComputation calculateImpliedVolatility(Contract option, double optionPrice, double underlyingPrice) {
        return contracts.calculateImpliedVolatility(option, optionPrice, underlyingPrice);
    }

    @Override
    public Contract frontMonth(FuturesBuilder futures) {
        return contracts.frontMonth(futures);
    }

    @Override
    public Contract nextQuarter(FuturesBuilder futures) {
        return contracts.nextQuarter(futures);
    }

    // ---- display groups

    @Override
    public List<Integer> queryDisplayGroups() {
        return displayGroups.queryDisplayGroups();
    }

    @Override
    public Subscription<DisplayGroupUpdate> subscribeToGroupEvents(int groupId) {
        return displayGroups.subscribeToGroupEvents(groupId);
    }

    @Override
    public void updateDisplayGroup(int requestId, DisplayGroupUpdate contract) {
        displayGroups.updateDisplayGroup(requestId, contract);
    }

    // ---- news

    @Override
    public Subscription<NewsBulletin> newsBulletins(boolean allMessages) {
        return news.newsBulletins(allMessages);
    }

    @Override
    public List<NewsProvider> newsProviders() {
        return news.newsProviders();
    }

    @Override
    public NewsArticle newsArticle(String providerCode, String articleId) {
        return news.newsArticle(providerCode, articleId);
    }

    @Override
    public HistoricalNewsQuery<HistoricalNews> historicalNews(int conId) {
        return news.historicalNews(conId);
    }

    @Override
    public Subscription<NewsTick> contractNews(Contract contract, List<String> providerCodes) {
        return news.contractNews(contract, providerCodes);
    }

    @Override
    public Subscription<NewsTick> broadTapeNews(String providerCode) {
        return news.broadTapeNews(providerCode);
    }

    // ---- market data

    @Override
    public MarketDataQuery<Subscription<Tick>, List<Tick>> marketData(Contract contract) {
        return marketData.marketData(contract);
    }

    @Override
    public RealTimeBarsQuery<Subscription<RealTimeBar>> realTimeBars(Contract contract) {
        return marketData.realTimeBars(contract);
    }

    @Override
    public TickByTickQuery<Subscription<TradeTick>, Subscription<BidAskTick>, Subscription<MidpointTick>> tickByTick(
            Contract contract) {
        return marketData.tickByTick(contract);
    }

    @Override
    public MarketDepthQuery<Subscription<DepthUpdate>, OrderBook> marketDepth(Contract contract, int rows) {
        return marketData.marketDepth(contract, rows);
    }

    @Override
    public Ticker ticker(Contract contract) {
        return marketData.ticker(contract);
    }

    @Override
    public void switchMarketDataType(MarketDataType type) {
        marketData.switchMarketDataType(type);
    }

    // ---- configuration

    @Override
    public Configuration config() {
        return config.config();
    }

    @Override
    public ConfigUpdateQuery<ConfigUpdateResult> updateConfig() {
        return config.updateConfig();
    }

    // ---- scanners

    @Override
    public ScannerParameters scannerParameters() {
        return scanner.scannerParameters();
    }

    @Override
    public ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScanCode scanCode) {
        return scanner.scannerSubscription(scanCode);
    }

    @Override
    public ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScannerSubscription subscription) {
        return scanner.scannerSubscription(subscription);
    }

    // ---- Wall Street Horizon

    @Override
    public WshMetadata wshMetadata() {
        return wsh.wshMetadata();
    }

    @Override
    public WshEventDataQuery<WshEventData> wshEventData() {
        return wsh.wshEventData();
    }

    // ---- historical

    @Override
    public HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> historicalData(Contract contract, BarSize barSize) {
        return historical.historicalData(contract, barSize);
    }

    @Override
    public HistoricalTicksQuery<List<HistoricalTrade>, List<HistoricalMidpoint>, List<HistoricalBidAsk>> historicalTicks(
            Contract contract) {
        return historical.historicalTicks(contract);
    }

    @Override
    public Instant headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours) {
        return historical.headTimestamp(contract, whatToShow, hours);
    }

    @Override
    public List<HistogramEntry> histogram(Contract contract, MarketHours hours, HistogramPeriod period) {
        return historical.histogram(contract, hours, period);
    }

    @Override
    public HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration) {
        return historical.historicalSchedule(contract, duration);
    }

    @Override
    public HistoricalSchedule historicalSchedule(Contract contract, HistoricalDuration duration, Instant end, MarketHours hours) {
        return historical.historicalSchedule(contract, duration, end, hours);
    }

    // ---- orders

    @Override
    public OrderQuery order(Contract contract) {
        return orders.order(contract);
    }

    @Override
    public OrderHandle placeOrder(int orderId, Contract contract, Order order) {
        return orders.placeOrder(orderId, contract, order);
    }

    @Override
    public void submitOrder(int orderId, Contract contract, Order order) {
        orders.submitOrder(orderId, contract, order);
    }

    @Override
    public void cancelOrder(int orderId) {
        orders.cancelOrder(orderId);
    }

    @Override
    public void cancelOrder(int orderId, Instant manualCancelTime) {
        orders.cancelOrder(orderId, manualCancelTime);
    }

    @Override
    public void globalCancel() {
        orders.globalCancel();
    }

    @Override
    public Subscription<OrderUpdate> orderUpdateStream() {
        return orders.orderUpdateStream();
    }

    @Override
    public List<OpenOrder> openOrders() {
        return orders.openOrders();
    }

    @Override
    public List<OpenOrder> allOpenOrders() {
        return orders.allOpenOrders();
    }

    @Override
    public List<OpenOrder> autoOpenOrders(boolean autoBind) {
        return orders.autoOpenOrders(autoBind);
    }

    @Override
    public List<CompletedOrder> completedOrders(boolean apiOnly) {
        return orders.completedOrders(apiOnly);
    }

    @Override
    public List<Fill> executions(ExecutionFilter filter) {
        return orders.executions(filter);
    }

    @Override
    public OrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account, boolean override) {
        return orders.exerciseOptions(option, action, quantity, account, override);
    }

    // ---- accounts

    @Override
    public Subscription<PositionUpdate> positions() {
        return accounts.positions();
    }

    @Override
    public Subscription<PositionUpdate> positionsMulti(String account, String modelCode) {
        return accounts.positionsMulti(account, modelCode);
    }

    @Override
    public Subscription<AccountUpdate> accountUpdates(String account) {
        return accounts.accountUpdates(account);
    }

    @Override
    public Subscription<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv) {
        return accounts.accountUpdatesMulti(account, modelCode, ledgerAndNlv);
    }

    @Override
    public Subscription<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
        return accounts.accountSummary(group, tags);
    }

    @Override
    public Subscription<Pnl> pnl(String account, String modelCode) {
        return accounts.pnl(account, modelCode);
    }

    @Override
    public Subscription<PnlSingle> pnlSingle(String account, String modelCode, int conId) {
        return accounts.pnlSingle(account, modelCode, conId);
    }

    @Override
    public List<FamilyCode> familyCodes() {
        return accounts.familyCodes();
    }

    @Override
    public List<SoftDollarTier> softDollarTiers() {
        return accounts.softDollarTiers();
    }

    @Override
    public String requestFa(FaDataType type) {
        return accounts.requestFa(type);
    }

    @Override
    public String replaceFa(FaDataType type, String xml) {
        return accounts.replaceFa(type, xml);
    }

    @Override
    public PortfolioView portfolio(String account) {
        return accounts.portfolio(account);
    }
}
