package io.tws4j.cli.demo;

import io.tws4j.accounts.AccountSummaryEnd;
import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Positions and an account summary, as the orders before left them. */
final class AccountsStep implements DemoStep {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<AccountSummaryTag> TAGS = List.of(AccountSummaryTag.NET_LIQUIDATION,
            AccountSummaryTag.TOTAL_CASH_VALUE, AccountSummaryTag.GROSS_POSITION_VALUE, AccountSummaryTag.BUYING_POWER,
            AccountSummaryTag.AVAILABLE_FUNDS, AccountSummaryTag.MAINT_MARGIN_REQ);

    @Override
    public String title() {
        return "Positions and account summary";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        try (Subscription<PositionUpdate> positions = client.positions()) {
            int count = 0;
            Optional<StreamItem<PositionUpdate>> item;
            while ((item = positions.next(WAIT)).isPresent()
                    && !(item.get() instanceof StreamItem.Data<PositionUpdate>(PositionsEnd end))) {
                if (item.get() instanceof StreamItem.Data<PositionUpdate>(Position p)) {
                    out.line(String.format(Locale.ROOT, "position   %s %s %s @ %.4f average cost", p.account(),
                            p.position().toPlainString(), p.contract().symbol(), p.averageCost()));
                    count++;
                }
            }
            if (count == 0) {
                out.line("position   (none)");
            }
        }
        try (Subscription<AccountSummaryUpdate> summary = client.accountSummary("All", TAGS)) {
            Optional<StreamItem<AccountSummaryUpdate>> item;
            while ((item = summary.next(WAIT)).isPresent()
                    && !(item.get() instanceof StreamItem.Data<AccountSummaryUpdate>(AccountSummaryEnd end))) {
                if (item.get() instanceof StreamItem.Data<AccountSummaryUpdate>(AccountValue value)) {
                    out.fact(value.key(), value.value() + " " + value.currency());
                }
            }
        }
    }
}
