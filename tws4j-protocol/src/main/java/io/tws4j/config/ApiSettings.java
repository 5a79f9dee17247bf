package io.tws4j.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * TWS's API settings (Global Configuration > API > Settings), the 36 values the TWS API reads and
 * writes. Each value is empty when TWS did not report it or, in an update, when it is to stay as
 * it is. The trusted addresses travel as a list without presence: an empty list reads as
 * "none reported" and, in an update, leaves them as they are.
 *
 * {@snippet :
 * ApiSettings settings = ApiSettings.builder().masterClientId(0).bulkDataTimeout(60).build();
 * boolean readOnly = client.config().api().settings().readOnlyApi().orElse(true);
 * }
 *
 * @param readOnlyApi whether Read-Only API: the API may not place, modify or cancel orders (changeable only in TWS)
 * @param totalQuantityForMutualFunds whether mutual fund positions are reported as a quantity, not a value
 * @param downloadOpenOrdersOnConnection whether open orders are sent to a client when it connects
 * @param includeVirtualFxPositions whether virtual FX positions are included in portfolio updates
 * @param prepareDailyPnl whether daily profit and loss is prepared for the API
 * @param sendStatusUpdatesForVolatilityOrders whether continuously updated volatility orders report their status
 * @param encodeApiMessages how API messages are encoded, such as {@code osCodePage}
 * @param socketPort the port TWS listens on for API clients
 * @param useNegativeAutoRange whether automatically bound orders get negative order ids
 * @param createApiMessageLogFile whether API messages are written to a log file
 * @param includeMarketDataInLogFile whether the API log includes market data
 * @param exposeTradingScheduleToApi whether the entire trading schedule is exposed to the API
 * @param splitInsuredDepositFromCashBalance whether insured deposits are reported apart from the cash balance
 * @param sendZeroPositionsForTodayOnly whether positions closed to zero are sent for today only
 * @param letApiAccountRequestsSwitchSubscription whether API account requests may switch the account TWS shows
 * @param useAccountGroupsWithAllocationMethods whether account groups are used with allocation methods
 * @param loggingLevel the API log's level, from {@code system} to {@code detail}
 * @param masterClientId the client id that receives the orders of every client
 * @param bulkDataTimeout seconds TWS waits when sending bulk data to the API
 * @param componentExchSeparator the separator between component exchanges
 * @param showForexDataInTenthPips whether forex data is shown in 1/10 pips ({@code showForexDataIn1_10Pips})
 * @param allowForexTradingInTenthPips whether forex may be traded in 1/10 pips ({@code allowForexTradingIn1_10Pips})
 * @param roundAccountValuesToNearestWholeNumber whether account values are rounded to whole numbers
 * @param sendMarketDataInLotsForUsStocks whether market data for US stocks is sent in lots
 * @param showAdvancedOrderRejectInUi whether advanced order rejects are also shown in TWS
 * @param rejectMessagesAboveMaxRate whether messages above the maximum rate are rejected rather than paced
 * @param maintainConnectionOnIncorrectFields whether the connection survives incorrectly formatted fields
 * @param compatibilityModeNasdaqStocks whether ISLAND is sent for US stocks trading on NASDAQ
 * @param sendInstrumentTimezone the time zone of instrument-specific times, such as {@code utc}
 * @param sendForexDataInCompatibilityMode whether forex market data is sent in integer units
 * @param maintainAndResubmitOrdersOnReconnect whether orders are kept and resubmitted when the connection is restored
 * @param historicalDataMaxSize the largest historical data request, as TWS numbers its sizes
 * @param autoReportNettingEventContractTrades whether netting event contract trades are reported automatically
 * @param optionExerciseRequestType how option exercise requests are treated, such as {@code final}
 * @param allowLocalhostOnly whether only clients on the same machine may connect
 * @param trustedIps the addresses other than localhost allowed to connect
 */
public record ApiSettings(
        Optional<Boolean> readOnlyApi,
        Optional<Boolean> totalQuantityForMutualFunds,
        Optional<Boolean> downloadOpenOrdersOnConnection,
        Optional<Boolean> includeVirtualFxPositions,
        Optional<Boolean> prepareDailyPnl,
        Optional<Boolean> sendStatusUpdatesForVolatilityOrders,
        Optional<String> encodeApiMessages,
        OptionalInt socketPort,
        Optional<Boolean> useNegativeAutoRange,
        Optional<Boolean> createApiMessageLogFile,
        Optional<Boolean> includeMarketDataInLogFile,
        Optional<Boolean> exposeTradingScheduleToApi,
        Optional<Boolean> splitInsuredDepositFromCashBalance,
        Optional<Boolean> sendZeroPositionsForTodayOnly,
        Optional<Boolean> letApiAccountRequestsSwitchSubscription,
        Optional<Boolean> useAccountGroupsWithAllocationMethods,
        Optional<String> loggingLevel,
        OptionalInt masterClientId,
        OptionalInt bulkDataTimeout,
        Optional<String> componentExchSeparator,
        Optional<Boolean> showForexDataInTenthPips,
        Optional<Boolean> allowForexTradingInTenthPips,
        Optional<Boolean> roundAccountValuesToNearestWholeNumber,
        Optional<Boolean> sendMarketDataInLotsForUsStocks,
        Optional<Boolean> showAdvancedOrderRejectInUi,
        Optional<Boolean> rejectMessagesAboveMaxRate,
        Optional<Boolean> maintainConnectionOnIncorrectFields,
        Optional<Boolean> compatibilityModeNasdaqStocks,
        Optional<String> sendInstrumentTimezone,
        Optional<Boolean> sendForexDataInCompatibilityMode,
        Optional<Boolean> maintainAndResubmitOrdersOnReconnect,
        OptionalInt historicalDataMaxSize,
        Optional<Boolean> autoReportNettingEventContractTrades,
        Optional<String> optionExerciseRequestType,
        Optional<Boolean> allowLocalhostOnly,
        List<String> trustedIps) {

    /** Settings with no value at all. */
    public static final ApiSettings EMPTY = builder().build();

    public ApiSettings {
        Values.requireNonNull(readOnlyApi, totalQuantityForMutualFunds, downloadOpenOrdersOnConnection,
                includeVirtualFxPositions, prepareDailyPnl, sendStatusUpdatesForVolatilityOrders, encodeApiMessages,
                socketPort, useNegativeAutoRange, createApiMessageLogFile, includeMarketDataInLogFile,
                exposeTradingScheduleToApi, splitInsuredDepositFromCashBalance, sendZeroPositionsForTodayOnly,
                letApiAccountRequestsSwitchSubscription, useAccountGroupsWithAllocationMethods, loggingLevel,
                masterClientId, bulkDataTimeout, componentExchSeparator, showForexDataInTenthPips,
                allowForexTradingInTenthPips, roundAccountValuesToNearestWholeNumber,
                sendMarketDataInLotsForUsStocks, showAdvancedOrderRejectInUi, rejectMessagesAboveMaxRate,
                maintainConnectionOnIncorrectFields, compatibilityModeNasdaqStocks, sendInstrumentTimezone,
                sendForexDataInCompatibilityMode, maintainAndResubmitOrdersOnReconnect, historicalDataMaxSize,
                autoReportNettingEventContractTrades, optionExerciseRequestType, allowLocalhostOnly, trustedIps);
        trustedIps = List.copyOf(trustedIps);
    }

    /** Returns a builder with every value empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Builds {@link ApiSettings} values; only the values set are present. */
    public static final class Builder {
        private Optional<Boolean> readOnlyApi = Optional.empty();
        private Optional<Boolean> totalQuantityForMutualFunds = Optional.empty();
        private Optional<Boolean> downloadOpenOrdersOnConnection = Optional.empty();
        private Optional<Boolean> includeVirtualFxPositions = Optional.empty();
        private Optional<Boolean> prepareDailyPnl = Optional.empty();
        private Optional<Boolean> sendStatusUpdatesForVolatilityOrders = Optional.empty();
        private Optional<String> encodeApiMessages = Optional.empty();
        private OptionalInt socketPort = OptionalInt.empty();
        private Optional<Boolean> useNegativeAutoRange = Optional.empty();
        private Optional<Boolean> createApiMessageLogFile = Optional.empty();
        private Optional<Boolean> includeMarketDataInLogFile = Optional.empty();
        private Optional<Boolean> exposeTradingScheduleToApi = Optional.empty();
        private Optional<Boolean> splitInsuredDepositFromCashBalance = Optional.empty();
        private Optional<Boolean> sendZeroPositionsForTodayOnly = Optional.empty();
        private Optional<Boolean> letApiAccountRequestsSwitchSubscription = Optional.empty();
        private Optional<Boolean> useAccountGroupsWithAllocationMethods = Optional.empty();
        private Optional<String> loggingLevel = Optional.empty();
        private OptionalInt masterClientId = OptionalInt.empty();
        private OptionalInt bulkDataTimeout = OptionalInt.empty();
        private Optional<String> componentExchSeparator = Optional.empty();
        private Optional<Boolean> showForexDataInTenthPips = Optional.empty();
        private Optional<Boolean> allowForexTradingInTenthPips = Optional.empty();
        private Optional<Boolean> roundAccountValuesToNearestWholeNumber = Optional.empty();
        private Optional<Boolean> sendMarketDataInLotsForUsStocks = Optional.empty();
        private Optional<Boolean> showAdvancedOrderRejectInUi = Optional.empty();
        private Optional<Boolean> rejectMessagesAboveMaxRate = Optional.empty();
        private Optional<Boolean> maintainConnectionOnIncorrectFields = Optional.empty();
        private Optional<Boolean> compatibilityModeNasdaqStocks = Optional.empty();
        private Optional<String> sendInstrumentTimezone = Optional.empty();
        private Optional<Boolean> sendForexDataInCompatibilityMode = Optional.empty();
        private Optional<Boolean> maintainAndResubmitOrdersOnReconnect = Optional.empty();
        private OptionalInt historicalDataMaxSize = OptionalInt.empty();
        private Optional<Boolean> autoReportNettingEventContractTrades = Optional.empty();
        private Optional<String> optionExerciseRequestType = Optional.empty();
        private Optional<Boolean> allowLocalhostOnly = Optional.empty();
        private List<String> trustedIps = List.of();

        private Builder() {}

        private Builder(ApiSettings source) {
            readOnlyApi = source.readOnlyApi;
            totalQuantityForMutualFunds = source.totalQuantityForMutualFunds;
            downloadOpenOrdersOnConnection = source.downloadOpenOrdersOnConnection;
            includeVirtualFxPositions = source.includeVirtualFxPositions;
            prepareDailyPnl = source.prepareDailyPnl;
            sendStatusUpdatesForVolatilityOrders = source.sendStatusUpdatesForVolatilityOrders;
            encodeApiMessages = source.encodeApiMessages;
            socketPort = source.socketPort;
            useNegativeAutoRange = source.useNegativeAutoRange;
            createApiMessageLogFile = source.createApiMessageLogFile;
            includeMarketDataInLogFile = source.includeMarketDataInLogFile;
            exposeTradingScheduleToApi = source.exposeTradingScheduleToApi;
            splitInsuredDepositFromCashBalance = source.splitInsuredDepositFromCashBalance;
            sendZeroPositionsForTodayOnly = source.sendZeroPositionsForTodayOnly;
            letApiAccountRequestsSwitchSubscription = source.letApiAccountRequestsSwitchSubscription;
            useAccountGroupsWithAllocationMethods = source.useAccountGroupsWithAllocationMethods;
            loggingLevel = source.loggingLevel;
            masterClientId = source.masterClientId;
            bulkDataTimeout = source.bulkDataTimeout;
            componentExchSeparator = source.componentExchSeparator;
            showForexDataInTenthPips = source.showForexDataInTenthPips;
            allowForexTradingInTenthPips = source.allowForexTradingInTenthPips;
            roundAccountValuesToNearestWholeNumber = source.roundAccountValuesToNearestWholeNumber;
            sendMarketDataInLotsForUsStocks = source.sendMarketDataInLotsForUsStocks;
            showAdvancedOrderRejectInUi = source.showAdvancedOrderRejectInUi;
            rejectMessagesAboveMaxRate = source.rejectMessagesAboveMaxRate;
            maintainConnectionOnIncorrectFields = source.maintainConnectionOnIncorrectFields;
            compatibilityModeNasdaqStocks = source.compatibilityModeNasdaqStocks;
            sendInstrumentTimezone = source.sendInstrumentTimezone;
            sendForexDataInCompatibilityMode = source.sendForexDataInCompatibilityMode;
            maintainAndResubmitOrdersOnReconnect = source.maintainAndResubmitOrdersOnReconnect;
            historicalDataMaxSize = source.historicalDataMaxSize;
            autoReportNettingEventContractTrades = source.autoReportNettingEventContractTrades;
            optionExerciseRequestType = source.optionExerciseRequestType;
            allowLocalhostOnly = source.allowLocalhostOnly;
            trustedIps = source.trustedIps;
        }

        /** Sets whether Read-Only API: the API may not place, modify or cancel orders (changeable only in TWS). */
        public Builder readOnlyApi(boolean value) {
            this.readOnlyApi = Optional.of(value);
            return this;
        }

        /** Sets whether mutual fund positions are reported as a quantity, not a value. */
        public Builder totalQuantityForMutualFunds(boolean value) {
            this.totalQuantityForMutualFunds = Optional.of(value);
            return this;
        }

        /** Sets whether open orders are sent to a client when it connects. */
        public Builder downloadOpenOrdersOnConnection(boolean value) {
            this.downloadOpenOrdersOnConnection = Optional.of(value);
            return this;
        }

        /** Sets whether virtual FX positions are included in portfolio updates. */
        public Builder includeVirtualFxPositions(boolean value) {
            this.includeVirtualFxPositions = Optional.of(value);
            return this;
        }

        /** Sets whether daily profit and loss is prepared for the API. */
        public Builder prepareDailyPnl(boolean value) {
            this.prepareDailyPnl = Optional.of(value);
            return this;
        }

        /** Sets whether continuously updated volatility orders report their status. */
        public Builder sendStatusUpdatesForVolatilityOrders(boolean value) {
            this.sendStatusUpdatesForVolatilityOrders = Optional.of(value);
            return this;
        }

        /** Sets how API messages are encoded, such as {@code osCodePage}. */
        public Builder encodeApiMessages(String value) {
            this.encodeApiMessages = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Sets the port TWS listens on for API clients. */
        public Builder socketPort(int value) {
            this.socketPort = OptionalInt.of(value);
            return this;
        }

        /** Sets whether automatically bound orders get negative order ids. */
        public Builder useNegativeAutoRange(boolean value) {
            this.useNegativeAutoRange = Optional.of(value);
            return this;
        }

        /** Sets whether API messages are written to a log file. */
        public Builder createApiMessageLogFile(boolean value) {
            this.createApiMessageLogFile = Optional.of(value);
            return this;
        }

        /** Sets whether the API log includes market data. */
        public Builder includeMarketDataInLogFile(boolean value) {
            this.includeMarketDataInLogFile = Optional.of(value);
            return this;
        }

        /** Sets whether the entire trading schedule is exposed to the API. */
        public Builder exposeTradingScheduleToApi(boolean value) {
            this.exposeTradingScheduleToApi = Optional.of(value);
            return this;
        }

        /** Sets whether insured deposits are reported apart from the cash balance. */
        public Builder splitInsuredDepositFromCashBalance(boolean value) {
            this.splitInsuredDepositFromCashBalance = Optional.of(value);
            return this;
        }

        /** Sets whether positions closed to zero are sent for today only. */
        public Builder sendZeroPositionsForTodayOnly(boolean value) {
            this.sendZeroPositionsForTodayOnly = Optional.of(value);
            return this;
        }

        /** Sets whether API account requests may switch the account TWS shows. */
        public Builder letApiAccountRequestsSwitchSubscription(boolean value) {
            this.letApiAccountRequestsSwitchSubscription = Optional.of(value);
            return this;
        }

        /** Sets whether account groups are used with allocation methods. */
        public Builder useAccountGroupsWithAllocationMethods(boolean value) {
            this.useAccountGroupsWithAllocationMethods = Optional.of(value);
            return this;
        }

        /** Sets the API log's level, from {@code system} to {@code detail}. */
        public Builder loggingLevel(String value) {
            this.loggingLevel = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Sets the client id that receives the orders of every client. */
        public Builder masterClientId(int value) {
            this.masterClientId = OptionalInt.of(value);
            return this;
        }

        /** Sets seconds TWS waits when sending bulk data to the API. */
        public Builder bulkDataTimeout(int value) {
            this.bulkDataTimeout = OptionalInt.of(value);
            return this;
        }

        /** Sets the separator between component exchanges. */
        public Builder componentExchSeparator(String value) {
            this.componentExchSeparator = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Sets whether forex data is shown in 1/10 pips ({@code showForexDataIn1_10Pips}). */
        public Builder showForexDataInTenthPips(boolean value) {
            this.showForexDataInTenthPips = Optional.of(value);
            return this;
        }

        /** Sets whether forex may be traded in 1/10 pips ({@code allowForexTradingIn1_10Pips}). */
        public Builder allowForexTradingInTenthPips(boolean value) {
            this.allowForexTradingInTenthPips = Optional.of(value);
            return this;
        }

        /** Sets whether account values are rounded to whole numbers. */
        public Builder roundAccountValuesToNearestWholeNumber(boolean value) {
            this.roundAccountValuesToNearestWholeNumber = Optional.of(value);
            return this;
        }

        /** Sets whether market data for US stocks is sent in lots. */
        public Builder sendMarketDataInLotsForUsStocks(boolean value) {
            this.sendMarketDataInLotsForUsStocks = Optional.of(value);
            return this;
        }

        /** Sets whether advanced order rejects are also shown in TWS. */
        public Builder showAdvancedOrderRejectInUi(boolean value) {
            this.showAdvancedOrderRejectInUi = Optional.of(value);
            return this;
        }

        /** Sets whether messages above the maximum rate are rejected rather than paced. */
        public Builder rejectMessagesAboveMaxRate(boolean value) {
            this.rejectMessagesAboveMaxRate = Optional.of(value);
            return this;
        }

        /** Sets whether the connection survives incorrectly formatted fields. */
        public Builder maintainConnectionOnIncorrectFields(boolean value) {
            this.maintainConnectionOnIncorrectFields = Optional.of(value);
            return this;
        }

        /** Sets whether ISLAND is sent for US stocks trading on NASDAQ. */
        public Builder compatibilityModeNasdaqStocks(boolean value) {
            this.compatibilityModeNasdaqStocks = Optional.of(value);
            return this;
        }

        /** Sets the time zone of instrument-specific times, such as {@code utc}. */
        public Builder sendInstrumentTimezone(String value) {
            this.sendInstrumentTimezone = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Sets whether forex market data is sent in integer units. */
        public Builder sendForexDataInCompatibilityMode(boolean value) {
            this.sendForexDataInCompatibilityMode = Optional.of(value);
            return this;
        }

        /** Sets whether orders are kept and resubmitted when the connection is restored. */
        public Builder maintainAndResubmitOrdersOnReconnect(boolean value) {
            this.maintainAndResubmitOrdersOnReconnect = Optional.of(value);
            return this;
        }

        /** Sets the largest historical data request, as TWS numbers its sizes. */
        public Builder historicalDataMaxSize(int value) {
            this.historicalDataMaxSize = OptionalInt.of(value);
            return this;
        }

        /** Sets whether netting event contract trades are reported automatically. */
        public Builder autoReportNettingEventContractTrades(boolean value) {
            this.autoReportNettingEventContractTrades = Optional.of(value);
            return this;
        }

        /** Sets how option exercise requests are treated, such as {@code final}. */
        public Builder optionExerciseRequestType(String value) {
            this.optionExerciseRequestType = Optional.of(Objects.requireNonNull(value));
            return this;
        }

        /** Sets whether only clients on the same machine may connect. */
        public Builder allowLocalhostOnly(boolean value) {
            this.allowLocalhostOnly = Optional.of(value);
            return this;
        }

        /** Sets the addresses other than localhost allowed to connect; an empty list leaves them as they are. */
        public Builder trustedIps(List<String> addresses) {
            this.trustedIps = List.copyOf(addresses);
            return this;
        }

        /** Returns the settings. */
        public ApiSettings build() {
            return new ApiSettings(readOnlyApi, totalQuantityForMutualFunds, downloadOpenOrdersOnConnection,
                    includeVirtualFxPositions, prepareDailyPnl, sendStatusUpdatesForVolatilityOrders,
                    encodeApiMessages, socketPort, useNegativeAutoRange, createApiMessageLogFile,
                    includeMarketDataInLogFile, exposeTradingScheduleToApi, splitInsuredDepositFromCashBalance,
                    sendZeroPositionsForTodayOnly, letApiAccountRequestsSwitchSubscription,
                    useAccountGroupsWithAllocationMethods, loggingLevel, masterClientId, bulkDataTimeout,
                    componentExchSeparator, showForexDataInTenthPips, allowForexTradingInTenthPips,
                    roundAccountValuesToNearestWholeNumber, sendMarketDataInLotsForUsStocks,
                    showAdvancedOrderRejectInUi, rejectMessagesAboveMaxRate, maintainConnectionOnIncorrectFields,
                    compatibilityModeNasdaqStocks, sendInstrumentTimezone, sendForexDataInCompatibilityMode,
                    maintainAndResubmitOrdersOnReconnect, historicalDataMaxSize,
                    autoReportNettingEventContractTrades, optionExerciseRequestType, allowLocalhostOnly, trustedIps);
        }
    }
}
