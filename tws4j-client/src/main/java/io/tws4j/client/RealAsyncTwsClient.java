package io.tws4j.client;

import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.client.contracts.RealAsyncContractsApi;
import io.tws4j.client.config.ConfigUpdateQuery;
import io.tws4j.client.config.RealAsyncConfigApi;
import io.tws4j.client.marketdata.MarketDataQuery;
import io.tws4j.client.marketdata.MarketDepthQuery;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.RealAsyncMarketDataApi;
import io.tws4j.client.marketdata.RealTimeBarsQuery;
import io.tws4j.client.marketdata.TickByTickQuery;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.client.displaygroups.RealAsyncDisplayGroupsApi;
import io.tws4j.client.news.RealAsyncNewsApi;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.FuturesBuilder;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.news.NewsBulletin;
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
    private final RealAsyncMarketDataApi marketData;

    RealAsyncTwsClient(Core core, TwsClient blocking) {
        this.core = core;
        this.blocking = blocking;
        this.contracts = new RealAsyncContractsApi(core);
        this.displayGroups = new RealAsyncDisplayGroupsApi(core);
        this.news = new RealAsyncNewsApi(core);
        this.config = new RealAsyncConfigApi(core);
        this.marketData = new RealAsyncMarketDataApi(core);
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
        return CompletableFuture.runAsync(() -> SessionCalls.setServerLogLevel(core, level), core.options().deliveryExecutor());
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
    public void close() {
        core.close();
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
}
