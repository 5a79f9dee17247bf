package io.tws4j.config.codec;

import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.protocol.proto.ConfigProto.ApiPrecautionsConfig;
import io.tws4j.protocol.proto.ConfigProto.ApiSettingsConfig;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Both directions of the API precautions and settings, field by field; values left empty stay off the wire. */
final class ApiCodec {

    private ApiCodec() {}

    static ApiPrecautionsConfig precautions(ApiPrecautions p) {
        ApiPrecautionsConfig.Builder b = ApiPrecautionsConfig.newBuilder();
        p.bypassOrderPrecautions().ifPresent(b::setBypassOrderPrecautions);
        p.bypassBondWarning().ifPresent(b::setBypassBondWarning);
        p.bypassNegativeYieldConfirmation().ifPresent(b::setBypassNegativeYieldConfirmation);
        p.bypassCalledBondWarning().ifPresent(b::setBypassCalledBondWarning);
        p.bypassSameActionPairTradeWarning().ifPresent(b::setBypassSameActionPairTradeWarning);
        p.bypassFlaggedAccountsWarning().ifPresent(b::setBypassFlaggedAccountsWarning);
        p.bypassPriceBasedVolatilityWarning().ifPresent(b::setBypassPriceBasedVolatilityWarning);
        p.bypassRedirectOrderWarning().ifPresent(b::setBypassRedirectOrderWarning);
        p.bypassNoOverfillProtection().ifPresent(b::setBypassNoOverfillProtection);
        p.bypassRouteMarketableToBbo().ifPresent(b::setBypassRouteMarketableToBbo);
        return b.build();
    }

    static ApiPrecautions precautions(ApiPrecautionsConfig m) {
        return new ApiPrecautions(
                optional(m.hasBypassOrderPrecautions(), m.getBypassOrderPrecautions()),
                optional(m.hasBypassBondWarning(), m.getBypassBondWarning()),
                optional(m.hasBypassNegativeYieldConfirmation(), m.getBypassNegativeYieldConfirmation()),
                optional(m.hasBypassCalledBondWarning(), m.getBypassCalledBondWarning()),
                optional(m.hasBypassSameActionPairTradeWarning(), m.getBypassSameActionPairTradeWarning()),
                optional(m.hasBypassFlaggedAccountsWarning(), m.getBypassFlaggedAccountsWarning()),
                optional(m.hasBypassPriceBasedVolatilityWarning(), m.getBypassPriceBasedVolatilityWarning()),
                optional(m.hasBypassRedirectOrderWarning(), m.getBypassRedirectOrderWarning()),
                optional(m.hasBypassNoOverfillProtection(), m.getBypassNoOverfillProtection()),
                optional(m.hasBypassRouteMarketableToBbo(), m.getBypassRouteMarketableToBbo()));
    }

    static ApiSettingsConfig settings(ApiSettings s) {
        ApiSettingsConfig.Builder b = ApiSettingsConfig.newBuilder();
        s.readOnlyApi().ifPresent(b::setReadOnlyApi);
        s.totalQuantityForMutualFunds().ifPresent(b::setTotalQuantityForMutualFunds);
        s.downloadOpenOrdersOnConnection().ifPresent(b::setDownloadOpenOrdersOnConnection);
        s.includeVirtualFxPositions().ifPresent(b::setIncludeVirtualFxPositions);
        s.prepareDailyPnl().ifPresent(b::setPrepareDailyPnl);
        s.sendStatusUpdatesForVolatilityOrders().ifPresent(b::setSendStatusUpdatesForVolatilityOrders);
        s.encodeApiMessages().ifPresent(b::setEncodeApiMessages);
        s.socketPort().ifPresent(b::setSocketPort);
        s.useNegativeAutoRange().ifPresent(b::setUseNegativeAutoRange);
        s.createApiMessageLogFile().ifPresent(b::setCreateApiMessageLogFile);
        s.includeMarketDataInLogFile().ifPresent(b::setIncludeMarketDataInLogFile);
        s.exposeTradingScheduleToApi().ifPresent(b::setExposeTradingScheduleToApi);
        s.splitInsuredDepositFromCashBalance().ifPresent(b::setSplitInsuredDepositFromCashBalance);
        s.sendZeroPositionsForTodayOnly().ifPresent(b::setSendZeroPositionsForTodayOnly);
        s.letApiAccountRequestsSwitchSubscription().ifPresent(b::setLetApiAccountRequestsSwitchSubscription);
        s.useAccountGroupsWithAllocationMethods().ifPresent(b::setUseAccountGroupsWithAllocationMethods);
        s.loggingLevel().ifPresent(b::setLoggingLevel);
        s.masterClientId().ifPresent(b::setMasterClientId);
        s.bulkDataTimeout().ifPresent(b::setBulkDataTimeout);
        s.componentExchSeparator().ifPresent(b::setComponentExchSeparator);
        s.showForexDataInTenthPips().ifPresent(b::setShowForexDataIn110Pips);
        s.allowForexTradingInTenthPips().ifPresent(b::setAllowForexTradingIn110Pips);
        s.roundAccountValuesToNearestWholeNumber().ifPresent(b::setRoundAccountValuesToNearestWholeNumber);
        s.sendMarketDataInLotsForUsStocks().ifPresent(b::setSendMarketDataInLotsForUsStocks);
        s.showAdvancedOrderRejectInUi().ifPresent(b::setShowAdvancedOrderRejectInUi);
        s.rejectMessagesAboveMaxRate().ifPresent(b::setRejectMessagesAboveMaxRate);
        s.maintainConnectionOnIncorrectFields().ifPresent(b::setMaintainConnectionOnIncorrectFields);
        s.compatibilityModeNasdaqStocks().ifPresent(b::setCompatibilityModeNasdaqStocks);
        s.sendInstrumentTimezone().ifPresent(b::setSendInstrumentTimezone);
        s.sendForexDataInCompatibilityMode().ifPresent(b::setSendForexDataInCompatibilityMode);
        s.maintainAndResubmitOrdersOnReconnect().ifPresent(b::setMaintainAndResubmitOrdersOnReconnect);
        s.historicalDataMaxSize().ifPresent(b::setHistoricalDataMaxSize);
        s.autoReportNettingEventContractTrades().ifPresent(b::setAutoReportNettingEventContractTrades);
        s.optionExerciseRequestType().ifPresent(b::setOptionExerciseRequestType);
        s.allowLocalhostOnly().ifPresent(b::setAllowLocalhostOnly);
        b.addAllTrustedIps(s.trustedIps());
        return b.build();
    }

    static ApiSettings settings(ApiSettingsConfig m) {
        return new ApiSettings(
                optional(m.hasReadOnlyApi(), m.getReadOnlyApi()),
                optional(m.hasTotalQuantityForMutualFunds(), m.getTotalQuantityForMutualFunds()),
                optional(m.hasDownloadOpenOrdersOnConnection(), m.getDownloadOpenOrdersOnConnection()),
                optional(m.hasIncludeVirtualFxPositions(), m.getIncludeVirtualFxPositions()),
                optional(m.hasPrepareDailyPnl(), m.getPrepareDailyPnl()),
                optional(m.hasSendStatusUpdatesForVolatilityOrders(), m.getSendStatusUpdatesForVolatilityOrders()),
                optional(m.hasEncodeApiMessages(), m.getEncodeApiMessages()),
                optionalInt(m.hasSocketPort(), m.getSocketPort()),
                optional(m.hasUseNegativeAutoRange(), m.getUseNegativeAutoRange()),
                optional(m.hasCreateApiMessageLogFile(), m.getCreateApiMessageLogFile()),
                optional(m.hasIncludeMarketDataInLogFile(), m.getIncludeMarketDataInLogFile()),
                optional(m.hasExposeTradingScheduleToApi(), m.getExposeTradingScheduleToApi()),
                optional(m.hasSplitInsuredDepositFromCashBalance(), m.getSplitInsuredDepositFromCashBalance()),
                optional(m.hasSendZeroPositionsForTodayOnly(), m.getSendZeroPositionsForTodayOnly()),
                optional(m.hasLetApiAccountRequestsSwitchSubscription(), m.getLetApiAccountRequestsSwitchSubscription()),
                optional(m.hasUseAccountGroupsWithAllocationMethods(), m.getUseAccountGroupsWithAllocationMethods()),
                optional(m.hasLoggingLevel(), m.getLoggingLevel()),
                optionalInt(m.hasMasterClientId(), m.getMasterClientId()),
                optionalInt(m.hasBulkDataTimeout(), m.getBulkDataTimeout()),
                optional(m.hasComponentExchSeparator(), m.getComponentExchSeparator()),
                optional(m.hasShowForexDataIn110Pips(), m.getShowForexDataIn110Pips()),
                optional(m.hasAllowForexTradingIn110Pips(), m.getAllowForexTradingIn110Pips()),
                optional(m.hasRoundAccountValuesToNearestWholeNumber(), m.getRoundAccountValuesToNearestWholeNumber()),
                optional(m.hasSendMarketDataInLotsForUsStocks(), m.getSendMarketDataInLotsForUsStocks()),
                optional(m.hasShowAdvancedOrderRejectInUi(), m.getShowAdvancedOrderRejectInUi()),
                optional(m.hasRejectMessagesAboveMaxRate(), m.getRejectMessagesAboveMaxRate()),
                optional(m.hasMaintainConnectionOnIncorrectFields(), m.getMaintainConnectionOnIncorrectFields()),
                optional(m.hasCompatibilityModeNasdaqStocks(), m.getCompatibilityModeNasdaqStocks()),
                optional(m.hasSendInstrumentTimezone(), m.getSendInstrumentTimezone()),
                optional(m.hasSendForexDataInCompatibilityMode(), m.getSendForexDataInCompatibilityMode()),
                optional(m.hasMaintainAndResubmitOrdersOnReconnect(), m.getMaintainAndResubmitOrdersOnReconnect()),
                optionalInt(m.hasHistoricalDataMaxSize(), m.getHistoricalDataMaxSize()),
                optional(m.hasAutoReportNettingEventContractTrades(), m.getAutoReportNettingEventContractTrades()),
                optional(m.hasOptionExerciseRequestType(), m.getOptionExerciseRequestType()),
                optional(m.hasAllowLocalhostOnly(), m.getAllowLocalhostOnly()),
                List.copyOf(m.getTrustedIpsList()));
    }

    private static <T> Optional<T> optional(boolean present, T value) {
        return present ? Optional.of(value) : Optional.empty();
    }

    private static OptionalInt optionalInt(boolean present, int value) {
        return present ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
