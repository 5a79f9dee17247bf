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
import io.tws4j.client.accounts.RealAsyncAccountsApi;
import io.tws4j.client.config.ConfigUpdateQuery;
import io.tws4j.client.config.RealAsyncConfigApi;
import io.tws4j.client.contracts.RealAsyncContractsApi;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.client.displaygroups.RealAsyncDisplayGroupsApi;
import io.tws4j.client.historical.HistoricalDataQuery;
import io.tws4j.client.historical.HistoricalTicksQuery;
import io.tws4j.client.historical.RealAsyncHistoricalApi;
import io.tws4j.client.marketdata.MarketDataQuery;
import io.tws4j.client.marketdata.MarketDepthQuery;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.RealAsyncMarketDataApi;
import io.tws4j.client.marketdata.RealTimeBarsQuery;
import io.tws4j.client.marketdata.TickByTickQuery;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.client.news.HistoricalNewsQuery;
import io.tws4j.client.news.RealAsyncNewsApi;
import io.tws4j.client.orders.AsyncOrderHandle;
import io.tws4j.client.orders.AsyncOrderQuery;
import io.tws4j.client.orders.RealAsyncOrdersApi;
import io.tws4j.client.scanner.RealAsyncScannerApi;
import io.tws4j.client.scanner.ScannerSubscriptionQuery;
import io.tws4j.client.wsh.RealAsyncWshApi;
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
import java.util.concurrent.CompletableFuture;

/** The asynchronous surface: hands out the core's futures and opens a stream per feed subscriber. */
final class RealAsyncTwsClient implements AsyncTwsClient {
    private final Core core;
    private final TwsClient blocking;
    private final RealAsyncContractsApi contracts;
    private final RealAsyncDisplayGroupsApi displayGroups;
    private final RealAsyncNewsApi news;
    private final RealAsyncConfigApi config;
    private final RealAsyncScannerApi scanner;
    private final RealAsyncWshApi wsh;
    private final RealAsyncHistoricalApi historical;
    private final RealAsyncMarketDataApi marketData;
    private final RealAsyncOrdersApi orders;
    private final RealAsyncAccountsApi accounts;

    RealAsyncTwsClient(Core core, TwsClient blocking) {
        this.core = core;
        this.blocking = blocking;
        this.contracts = new RealAsyncContractsApi(core);
        this.displayGroups = new RealAsyncDisplayGroupsApi(core);
        this.news = new RealAsyncNewsApi(core);
        this.config = new RealAsyncConfigApi(core);
        this.scanner = new RealAsyncScannerApi(core);
        this.wsh = new RealAsyncWshApi(core);
        this.historical = new RealAsyncHistoricalApi(core);
        this.marketData = new RealAsyncMarketDataApi(core);
        this.orders = new RealAsyncOrdersApi(core);
        this.accounts = new RealAsyncAccountsApi(core);
    }

    @Override
    public TwsClient blocking() {
        return blocking;
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
    public CompletableFuture<Instant> currentTime() {
        return core.call(SessionCalls.currentTime());
    }

    @Override
    public CompletableFuture<Instant> currentTimeMillis() {
        return core.call(SessionCalls.currentTimeMillis());
    }

    @Override
    public CompletableFuture<List<String>> managedAccounts() {
        return core.call(SessionCalls.managedAccounts());
    }

    @Override
    public CompletableFuture<Integer> nextValidOrderId() {
        return core.call(SessionCalls.nextValidOrderId());
    }

    @Override
    public int nextOrderId() {
        return core.orderIds().next();
    }

    @Override
    public CompletableFuture<UserInfo> userInfo() {
        return core.call(SessionCalls.userInfo());
    }

    @Override
    public CompletableFuture<Void> setServerLogLevel(ServerLogLevel level) {
        try {
            return SessionCalls.setServerLogLevel(core, level);
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<VerifyChallenge> verifyRequest(String apiName, String apiVersion) {
        return SessionCalls.verifyRequest(core, apiName, apiVersion);
    }

    @Override
    public CompletableFuture<Void> verifyMessage(String apiData) {
        return SessionCalls.verifyMessage(core, apiData);
    }

    @Override
    public Feed<Notice> notices() {
        return new FlowFeed<>("notices", () -> core.notices().subscribe(core.options().streamBufferCapacity()));
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
    public CompletableFuture<List<ContractDetails>> contractDetails(Contract contract) {
        return contracts.contractDetails(contract);
    }

    @Override
    public CompletableFuture<List<ContractDescription>> matchingSymbols(String pattern) {
        return contracts.matchingSymbols(pattern);
    }

    @Override
    public CompletableFuture<List<OptionChain>> optionChain(Contract underlying) {
        return contracts.optionChain(underlying);
    }

    @Override
    public CompletableFuture<MarketRule> marketRule(int ruleId) {
        return contracts.marketRule(ruleId);
    }

    @Override
    public CompletableFuture<List<SmartComponent>> smartComponents(String bboExchange) {
        return contracts.smartComponents(bboExchange);
    }

    @Override
    public CompletableFuture<List<DepthExchange>> marketDepthExchanges() {
        return contracts.marketDepthExchanges();
    }

    @Override
    public CompletableFuture<OptionComputation> calculateOptionPrice(Contract option, double volatility, double underlyingPrice) {
        return contracts.calculateOptionPrice(option, volatility, underlyingPrice);
    }

    @Override
    public CompletableFuture<OptionComputation> calculateImpliedVolatility(Contract option, double optionPrice, double underlyingPrice) {
        return contracts.calculateImpliedVolatility(option, optionPrice, underlyingPrice);
    }

    @Override
    public CompletableFuture<Contract> frontMonth(FuturesBuilder futures) {
        return contracts.frontMonth(futures);
    }

    @Override
    public CompletableFuture<Contract> nextQuarter(FuturesBuilder futures) {
        return contracts.nextQuarter(futures);
    }

    // ---- display groups

    @Override
    public CompletableFuture<List<Integer>> queryDisplayGroups() {
        return displayGroups.queryDisplayGroups();
    }

    @Override
    public Feed<DisplayGroupUpdate> subscribeToGroupEvents(int groupId) {
        return displayGroups.subscribeToGroupEvents(groupId);
    }

    @Override
    public CompletableFuture<Void> updateDisplayGroup(int requestId, DisplayGroupUpdate contract) {
        return displayGroups.updateDisplayGroup(requestId, contract);
    }

    // ---- news

    @Override
    public Feed<NewsBulletin> newsBulletins(boolean allMessages) {
        return news.newsBulletins(allMessages);
    }

    @Override
    public CompletableFuture<List<NewsProvider>> newsProviders() {
        return news.newsProviders();
    }

    @Override
    public CompletableFuture<NewsArticle> newsArticle(String providerCode, String articleId) {
        return news.newsArticle(providerCode, articleId);
    }

    @Override
    public HistoricalNewsQuery<CompletableFuture<HistoricalNews>> historicalNews(int conId) {
        return news.historicalNews(conId);
    }

    @Override
    public Feed<NewsTick> contractNews(Contract contract, List<String> providerCodes) {
        return news.contractNews(contract, providerCodes);
    }

    @Override
    public Feed<NewsTick> broadTapeNews(String providerCode) {
        return news.broadTapeNews(providerCode);
    }

    // ---- market data

    @Override
    public MarketDataQuery<Feed<Tick>, CompletableFuture<List<Tick>>> marketData(Contract contract) {
        return marketData.marketData(contract);
    }

    @Override
    public RealTimeBarsQuery<Feed<RealTimeBar>> realTimeBars(Contract contract) {
        return marketData.realTimeBars(contract);
    }

    @Override
    public TickByTickQuery<Feed<TradeTick>, Feed<BidAskTick>, Feed<MidpointTick>> tickByTick(Contract contract) {
        return marketData.tickByTick(contract);
    }

    @Override
    public MarketDepthQuery<Feed<DepthUpdate>, CompletableFuture<OrderBook>> marketDepth(Contract contract, int rows) {
        return marketData.marketDepth(contract, rows);
    }

    @Override
    public CompletableFuture<Ticker> ticker(Contract contract) {
        return marketData.ticker(contract);
    }

    @Override
    public CompletableFuture<Void> switchMarketDataType(MarketDataType type) {
        return marketData.switchMarketDataType(type);
    }

    // ---- configuration

    @Override
    public CompletableFuture<Configuration> config() {
        return config.config();
    }

    @Override
    public ConfigUpdateQuery<CompletableFuture<ConfigUpdateResult>> updateConfig() {
        return config.updateConfig();
    }

    // ---- scanners

    @Override
    public CompletableFuture<ScannerParameters> scannerParameters() {
        return scanner.scannerParameters();
    }

    @Override
    public ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScanCode scanCode) {
        return scanner.scannerSubscription(scanCode);
    }

    @Override
    public ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScannerSubscription subscription) {
        return scanner.scannerSubscription(subscription);
    }

    // ---- Wall Street Horizon

    @Override
    public CompletableFuture<WshMetadata> wshMetadata() {
        return wsh.wshMetadata();
    }

    @Override
    public WshEventDataQuery<CompletableFuture<WshEventData>> wshEventData() {
        return wsh.wshEventData();
    }

    // ---- historical

    @Override
    public HistoricalDataQuery<CompletableFuture<HistoricalBars>, Feed<BarUpdate>> historicalData(Contract contract, BarSize barSize) {
        return historical.historicalData(contract, barSize);
    }

    @Override
    public HistoricalTicksQuery<CompletableFuture<List<HistoricalTrade>>, CompletableFuture<List<HistoricalMidpoint>>,
            CompletableFuture<List<HistoricalBidAsk>>> historicalTicks(Contract contract) {
        return historical.historicalTicks(contract);
    }

    @Override
    public CompletableFuture<Instant> headTimestamp(Contract contract, WhatToShow whatToShow, MarketHours hours) {
        return historical.headTimestamp(contract, whatToShow, hours);
    }

    @Override
    public CompletableFuture<List<HistogramEntry>> histogram(Contract contract, MarketHours hours, HistogramPeriod period) {
        return historical.histogram(contract, hours, period);
    }

    @Override
    public CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration) {
        return historical.historicalSchedule(contract, duration);
    }

    @Override
    public CompletableFuture<HistoricalSchedule> historicalSchedule(Contract contract, HistoricalDuration duration, Instant end,
                                                                    MarketHours hours) {
        return historical.historicalSchedule(contract, duration, end, hours);
    }

    // ---- orders

    @Override
    public AsyncOrderQuery order(Contract contract) {
        return orders.order(contract);
    }

    @Override
    public AsyncOrderHandle placeOrder(int orderId, Contract contract, Order order) {
        return orders.placeOrder(orderId, contract, order);
    }

    @Override
    public CompletableFuture<Void> submitOrder(int orderId, Contract contract, Order order) {
        return orders.submitOrder(orderId, contract, order);
    }

    @Override
    public CompletableFuture<Void> cancelOrder(int orderId) {
        return orders.cancelOrder(orderId);
    }

    @Override
    public CompletableFuture<Void> cancelOrder(int orderId, Instant manualCancelTime) {
        return orders.cancelOrder(orderId, manualCancelTime);
    }

    @Override
    public CompletableFuture<Void> globalCancel() {
        return orders.globalCancel();
    }

    @Override
    public Feed<OrderUpdate> orderUpdateStream() {
        return orders.orderUpdateStream();
    }

    @Override
    public CompletableFuture<List<OpenOrder>> openOrders() {
        return orders.openOrders();
    }

    @Override
    public CompletableFuture<List<OpenOrder>> allOpenOrders() {
        return orders.allOpenOrders();
    }

    @Override
    public CompletableFuture<List<OpenOrder>> autoOpenOrders(boolean autoBind) {
        return orders.autoOpenOrders(autoBind);
    }

    @Override
    public CompletableFuture<List<CompletedOrder>> completedOrders(boolean apiOnly) {
        return orders.completedOrders(apiOnly);
    }

    @Override
    public CompletableFuture<List<Fill>> executions(ExecutionFilter filter) {
        return orders.executions(filter);
    }

    @Override
    public AsyncOrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account,
                                            boolean override) {
        return orders.exerciseOptions(option, action, quantity, account, override);
    }

    // ---- accounts

    @Override
    public Feed<PositionUpdate> positions() {
        return accounts.positions();
    }

    @Override
    public Feed<PositionUpdate> positionsMulti(String account, String modelCode) {
        return accounts.positionsMulti(account, modelCode);
    }

    @Override
    public Feed<AccountUpdate> accountUpdates(String account) {
        return accounts.accountUpdates(account);
    }

    @Override
    public Feed<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv) {
        return accounts.accountUpdatesMulti(account, modelCode, ledgerAndNlv);
    }

    @Override
    public Feed<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
        return accounts.accountSummary(group, tags);
    }

    @Override
    public Feed<Pnl> pnl(String account, String modelCode) {
        return accounts.pnl(account, modelCode);
    }

    @Override
    public Feed<PnlSingle> pnlSingle(String account, String modelCode, int conId) {
        return accounts.pnlSingle(account, modelCode, conId);
    }

    @Override
    public CompletableFuture<List<FamilyCode>> familyCodes() {
        return accounts.familyCodes();
    }

    @Override
    public CompletableFuture<List<SoftDollarTier>> softDollarTiers() {
        return accounts.softDollarTiers();
    }

    @Override
    public CompletableFuture<String> requestFa(FaDataType type) {
        return accounts.requestFa(type);
    }

    @Override
    public CompletableFuture<String> replaceFa(FaDataType type, String xml) {
        return accounts.replaceFa(type, xml);
    }

    @Override
    public CompletableFuture<PortfolioView> portfolio(String account) {
        return accounts.portfolio(account);
    }
}
