package io.tws4j.cli.accounts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.accounts.AccountSummaryEnd;
import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountValue;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.client.Subscription;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tws4j account}: the account summary TWS keeps (net liquidation, cash, buying power, margin), per account. */
@Command(name = "account", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The account summary of every managed account: net liquidation, cash, buying power, margins.",
                "On the embedded gateway, a second client first buys 100 AAPL and 50 MSFT."})
public final class AccountCommand implements Callable<Integer> {
    private static final List<AccountSummaryTag> EVERYDAY = List.of(AccountSummaryTag.ACCOUNT_TYPE,
            AccountSummaryTag.NET_LIQUIDATION, AccountSummaryTag.TOTAL_CASH_VALUE, AccountSummaryTag.GROSS_POSITION_VALUE,
            AccountSummaryTag.BUYING_POWER, AccountSummaryTag.AVAILABLE_FUNDS, AccountSummaryTag.EXCESS_LIQUIDITY,
            AccountSummaryTag.INIT_MARGIN_REQ, AccountSummaryTag.MAINT_MARGIN_REQ, AccountSummaryTag.CUSHION);

    @Option(names = "--all", description = "Every summary value TWS offers, not only the everyday ones")
    private boolean all;

    @Option(names = "--json", description = "Print JSON")
    private boolean json;

    @Mixin
    private Connection connection;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        List<AccountSummaryTag> tags = all ? Arrays.stream(AccountSummaryTag.values())
                .filter(tag -> !tag.name().startsWith("LEDGER")).toList() : EVERYDAY;
        try (Session session = Session.open(connection, progress, builder -> { }, true)) {
            Map<String, List<AccountValue>> byAccount = progress.step("reading the account summary", () -> summary(session, tags));
            if (json) {
                ObjectNode root = JsonOutput.object();
                byAccount.forEach((account, values) -> {
                    ObjectNode node = root.putObject(account);
                    for (AccountValue value : values) {
                        ObjectNode entry = node.putObject(value.key());
                        entry.put("value", value.value());
                        entry.put("currency", value.currency());
                    }
                });
                JsonOutput.print(out, root);
                return 0;
            }
            out.println("Account summary at " + session.where());
            byAccount.forEach((account, values) -> {
                out.println();
                out.println(account);
                for (AccountValue value : values) {
                    out.println(String.format(Locale.ROOT, "  %-24s %18s %s", value.key(), value.value(), value.currency()).stripTrailing());
                }
            });
            out.flush();
            return 0;
        }
    }

    private static Map<String, List<AccountValue>> summary(Session session, List<AccountSummaryTag> tags) {
        Map<String, List<AccountValue>> byAccount = new LinkedHashMap<>();
        try (Subscription<AccountSummaryUpdate> summary = session.client().accountSummary("All", tags)) {
            for (AccountSummaryUpdate update : summary.data()) {
                if (update instanceof AccountSummaryEnd) {
                    break;
                }
                if (update instanceof AccountValue value) {
                    byAccount.computeIfAbsent(value.account(), account -> new ArrayList<>()).add(value);
                }
            }
        }
        return byAccount;
    }
}
