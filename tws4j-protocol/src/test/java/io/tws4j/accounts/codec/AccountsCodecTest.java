package io.tws4j.accounts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountUpdateTime;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.RandomContracts;
import io.tws4j.orders.RandomOrders;
import io.tws4j.protocol.proto.AccountsProto;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Account and portfolio messages survive the wire. */
class AccountsCodecTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void positionsAndPortfolioEntriesRoundTrip(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomContracts contracts = new RandomContracts(random);
        RandomOrders orders = new RandomOrders(random);
        for (int i = 0; i < 100; i++) {
            Position position = new Position("DU" + random.nextInt(1000), contracts.contract(), orders.decimal(),
                    random.nextDouble(0, 1000), "");
            Position multi = new Position(position.account(), position.contract(), position.position(),
                    position.averageCost(), random.nextBoolean() ? "" : "MODEL1");
            PortfolioValue entry = new PortfolioValue("DU1", contracts.contract(), orders.decimal(), random.nextDouble(),
                    random.nextDouble(), random.nextDouble(), random.nextDouble(-100, 100), random.nextDouble(-100, 100));

            assertThat(AccountsCodec.position(AccountsCodec.position(position))).isEqualTo(position);
            assertThat(AccountsCodec.positionMulti(AccountsCodec.positionMulti(7, multi))).isEqualTo(multi);
            assertThat(AccountsCodec.portfolioValue(AccountsCodec.portfolioValue(entry))).isEqualTo(entry);
        }
    }

    @Test
    void accountValuesSummariesAndMultiUpdatesRoundTrip() {
        AccountValue value = AccountValue.of("DU1", "NetLiquidation", "1000000.00", "USD");
        AccountValue multi = new AccountValue("DU1", "TotalCashValue", "5.5", "USD", "MODEL1");

        assertThat(AccountsCodec.accountValue(AccountsCodec.accountValue(value))).isEqualTo(value);
        assertThat(AccountsCodec.accountSummary(AccountsCodec.accountSummary(9, value))).isEqualTo(value);
        assertThat(AccountsCodec.accountUpdateMulti(AccountsCodec.accountUpdateMulti(9, multi))).isEqualTo(multi);
        assertThat(value.decimal()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1000000"));
        assertThat(AccountValue.of("DU1", "AccountType", "INDIVIDUAL", "").decimal()).isEmpty();
    }

    @Test
    void summaryRequestsNameTheirTagsAsTwsDoes() {
        AccountsProto.AccountSummaryRequest request = AccountsCodec.accountSummaryRequest(3, "All",
                List.of(AccountSummaryTag.NET_LIQUIDATION, AccountSummaryTag.LEDGER));

        assertThat(request.getTags()).isEqualTo("NetLiquidation,$LEDGER");
        assertThat(AccountsCodec.accountSummaryTags(request)).containsExactly("NetLiquidation", "$LEDGER");
        assertThat(AccountSummaryTag.of("buyingpower")).contains(AccountSummaryTag.BUYING_POWER);
    }

    @Test
    void profitAndLossRoundTripAndUnsetValuesAreNaN() {
        Pnl pnl = new Pnl(12.5, -3.25, 100);
        PnlSingle single = new PnlSingle(BigDecimal.valueOf(100), 1, 2, 3, 15000);
        AccountsProto.Pnl unset = AccountsProto.Pnl.newBuilder().setReqId(1).setDailyPnl(Double.MAX_VALUE).build();

        assertThat(AccountsCodec.pnl(AccountsCodec.pnl(1, pnl))).isEqualTo(pnl);
        assertThat(AccountsCodec.pnlSingle(AccountsCodec.pnlSingle(1, single))).isEqualTo(single);
        assertThat(AccountsCodec.pnl(unset).daily()).isNaN();
        assertThat(AccountsCodec.pnl(unset).realized()).isNaN();
    }

    @Test
    void updateTimesFamilyCodesTiersAndAdvisorMessagesRoundTrip() {
        List<FamilyCode> codes = List.of(new FamilyCode("DU1", "F1"), new FamilyCode("DU2", ""));
        List<SoftDollarTier> tiers = List.of(new SoftDollarTier("Tier1", "T1", "Tier one"));

        assertThat(AccountsCodec.accountUpdateTime(AccountsCodec.accountUpdateTime(LocalTime.of(9, 45))))
                .isEqualTo(new AccountUpdateTime(LocalTime.of(9, 45)));
        assertThat(AccountsCodec.familyCodes(AccountsCodec.familyCodes(codes))).isEqualTo(codes);
        assertThat(AccountsCodec.softDollarTiers(AccountsCodec.softDollarTiers(4, tiers))).isEqualTo(tiers);
        assertThat(AccountsCodec.faRequest(FaDataType.ALIASES).getFaDataType()).isEqualTo(3);
        assertThat(AccountsCodec.accountDataRequest(true, "DU1").getSubscribe()).isTrue();
        assertThat(AccountsCodec.accountDataRequest(false, "DU1").hasSubscribe()).isFalse();
        assertThat(AccountsCodec.accountDataEnd(AccountsCodec.accountDataEnd("DU1")).account()).isEqualTo("DU1");
        assertThat(AccountsCodec.position(AccountsCodec.position(new Position("DU1", Contract.stock("AAPL").build(),
                BigDecimal.valueOf(-50), 150.5, ""))).position()).isEqualByComparingTo("-50");
    }
}
