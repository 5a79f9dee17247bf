package io.tws4j.simulator.config;

import io.tws4j.config.ApiConfig;
import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.OrdersConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.simulator.GatewayOptions;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration a freshly installed TWS reports, adapted to the gateway's options: its port,
 * its trusted addresses and whether its API starts read-only. Values follow TWS's Global
 * Configuration defaults as its dialogs show them; the strings follow IB's own samples
 * ({@code osCodePage}, {@code error}, {@code utc}, {@code final}, {@code restart}). The two
 * message prompts carry the ids and titles IB's samples use; their texts and default actions are
 * the simulated gateway's own, TWS's being not public.
 */
final class ConfigDefaults {
    /** IB's samples disable this prompt and accept the warning that brings (message 131). */
    static final MessageConfig MANDATORY_CAP_PRICE = MessageConfig.of(131, "Confirm Mandatory Cap Price",
            "The price of this order was capped to comply with exchange price limits. Transmit it anyway?",
            "Transmit", true);
    /** IB's samples accept a warning titled so (message 520). */
    static final MessageConfig PRICE_MANAGEMENT_ALGO = MessageConfig.of(520, "Use price management algo",
            "TWS may manage the price of this order to keep it within the price cap. Continue?", "Continue", true);

    private ConfigDefaults() {}

    static Configuration of(GatewayOptions options, int port) {
        return new Configuration(LockAndExit.autoRestartAt(LocalTime.of(23, 45)),
                List.of(MANDATORY_CAP_PRICE, PRICE_MANAGEMENT_ALGO),
                new ApiConfig(precautions(), settings(options, port)),
                OrdersConfig.of(SmartRouting.builder()
                        .seekPriceImprovement(false)
                        .preOpenReroute(false)
                        .doNotRouteToDarkPools(false)
                        .build()));
    }

    private static ApiPrecautions precautions() {
        return ApiPrecautions.builder()
                .bypassOrderPrecautions(false).bypassBondWarning(false).bypassNegativeYieldConfirmation(false)
                .bypassCalledBondWarning(false).bypassSameActionPairTradeWarning(false)
                .bypassFlaggedAccountsWarning(false).bypassPriceBasedVolatilityWarning(false)
                .bypassRedirectOrderWarning(false).bypassNoOverfillProtection(false).bypassRouteMarketableToBbo(false)
                .build();
    }

    /** TWS leaves the master client id blank until one is chosen, so it is not reported. */
    private static ApiSettings settings(GatewayOptions options, int port) {
        List<String> trusted = new ArrayList<>(List.of("127.0.0.1"));
        options.trustedAddresses().stream().sorted().forEach(trusted::add);
        return ApiSettings.builder()
                .readOnlyApi(options.readOnlyApi())
                .totalQuantityForMutualFunds(false)
                .downloadOpenOrdersOnConnection(true)
                .includeVirtualFxPositions(true)
                .prepareDailyPnl(false)
                .sendStatusUpdatesForVolatilityOrders(true)
                .encodeApiMessages("osCodePage")
                .socketPort(port)
                .useNegativeAutoRange(false)
                .createApiMessageLogFile(false)
                .includeMarketDataInLogFile(false)
                .exposeTradingScheduleToApi(false)
                .splitInsuredDepositFromCashBalance(false)
                .sendZeroPositionsForTodayOnly(true)
                .letApiAccountRequestsSwitchSubscription(false)
                .useAccountGroupsWithAllocationMethods(false)
                .loggingLevel("error")
                .bulkDataTimeout(30)
                .componentExchSeparator("")
                .showForexDataInTenthPips(false)
                .allowForexTradingInTenthPips(false)
                .roundAccountValuesToNearestWholeNumber(false)
                .sendMarketDataInLotsForUsStocks(false)
                .showAdvancedOrderRejectInUi(false)
                .rejectMessagesAboveMaxRate(false)
                .maintainConnectionOnIncorrectFields(true)
                .compatibilityModeNasdaqStocks(false)
                .sendInstrumentTimezone("utc")
                .sendForexDataInCompatibilityMode(false)
                .maintainAndResubmitOrdersOnReconnect(true)
                .historicalDataMaxSize(4)
                .autoReportNettingEventContractTrades(false)
                .optionExerciseRequestType("final")
                .allowLocalhostOnly(options.trustedAddresses().isEmpty())
                .trustedIps(trusted)
                .build();
    }
}
