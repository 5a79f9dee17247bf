package io.tws4j.accounts.codec;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountUpdateTime;
import io.tws4j.accounts.AccountUpdatesEnd;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * Both directions of the account and portfolio messages. Values TWS leaves unset (absent, or
 * IB's marker {@code Double.MAX_VALUE}) read as NaN in profit-and-loss messages.
 */
public final class AccountsCodec {
    private static final double UNSET_DOUBLE = Double.MAX_VALUE;
    private static final DateTimeFormatter UPDATE_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AccountsCodec() {}

    // ---- account updates

    public static AccountsProto.AccountDataRequest accountDataRequest(boolean subscribe, String account) {
        AccountsProto.AccountDataRequest.Builder request = AccountsProto.AccountDataRequest.newBuilder();
        if (subscribe) {
            request.setSubscribe(true);
        }
        if (!account.isEmpty()) {
            request.setAcctCode(account);
        }
        return request.build();
    }

    public static AccountsProto.AccountValue accountValue(AccountValue value) {
        AccountsProto.AccountValue.Builder w = AccountsProto.AccountValue.newBuilder().setKey(value.key()).setValue(value.value());
        text(value.currency(), w::setCurrency);
        text(value.account(), w::setAccountName);
        return w.build();
    }

    public static AccountValue accountValue(AccountsProto.AccountValue w) {
        return AccountValue.of(w.getAccountName(), w.getKey(), w.getValue(), w.getCurrency());
    }

    public static AccountsProto.PortfolioValue portfolioValue(PortfolioValue value) {
        return AccountsProto.PortfolioValue.newBuilder()
                .setContract(ContractsCodec.contract(value.contract()))
                .setPosition(Decimals.format(value.position()))
                .setMarketPrice(value.marketPrice())
                .setMarketValue(value.marketValue())
                .setAverageCost(value.averageCost())
                .setUnrealizedPnl(value.unrealizedPnl())
                .setRealizedPnl(value.realizedPnl())
                .setAccountName(value.account())
                .build();
    }

    public static PortfolioValue portfolioValue(AccountsProto.PortfolioValue w) {
        return new PortfolioValue(w.getAccountName(), ContractsCodec.contract(w.getContract()), decimal(w.getPosition()),
                w.getMarketPrice(), w.getMarketValue(), w.getAverageCost(), w.getUnrealizedPnl(), w.getRealizedPnl());
    }

    public static AccountsProto.AccountUpdateTime accountUpdateTime(LocalTime time) {
        return AccountsProto.AccountUpdateTime.newBuilder().setTimeStamp(UPDATE_TIME.format(time)).build();
    }

    /** Reads TWS's {@code HH:mm}; a time in another form is midnight rather than an error. */
    public static AccountUpdateTime accountUpdateTime(AccountsProto.AccountUpdateTime w) {
        try {
            return new AccountUpdateTime(LocalTime.parse(w.getTimeStamp().strip(), UPDATE_TIME));
        } catch (DateTimeParseException e) {
            return new AccountUpdateTime(LocalTime.MIDNIGHT);
        }
    }

    public static AccountsProto.AccountDataEnd accountDataEnd(String account) {
        return AccountsProto.AccountDataEnd.newBuilder().setAccountName(account).build();
    }

    public static AccountUpdatesEnd accountDataEnd(AccountsProto.AccountDataEnd w) {
        return new AccountUpdatesEnd(w.getAccountName());
    }

    // ---- positions

    public static AccountsProto.Position position(Position position) {
        return AccountsProto.Position.newBuilder()
                .setAccount(position.account())
                .setContract(ContractsCodec.contract(position.contract()))
                .setPosition(Decimals.format(position.position()))
                .setAvgCost(position.averageCost())
                .build();
    }

    public static Position position(AccountsProto.Position w) {
        return new Position(w.getAccount(), ContractsCodec.contract(w.getContract()), decimal(w.getPosition()), w.getAvgCost(), "");
    }

    public static AccountsProto.PositionsMultiRequest positionsMultiRequest(int requestId, String account, String modelCode) {
        AccountsProto.PositionsMultiRequest.Builder w = AccountsProto.PositionsMultiRequest.newBuilder().setReqId(requestId);
        text(account, w::setAccount);
        text(modelCode, w::setModelCode);
        return w.build();
    }

    public static AccountsProto.PositionMulti positionMulti(int requestId, Position position) {
        AccountsProto.PositionMulti.Builder w = AccountsProto.PositionMulti.newBuilder()
                .setReqId(requestId)
                .setAccount(position.account())
                .setContract(ContractsCodec.contract(position.contract()))
                .setPosition(Decimals.format(position.position()))
                .setAvgCost(position.averageCost());
        text(position.modelCode(), w::setModelCode);
        return w.build();
    }

    public static Position positionMulti(AccountsProto.PositionMulti w) {
        return new Position(w.getAccount(), ContractsCodec.contract(w.getContract()), decimal(w.getPosition()), w.getAvgCost(),
                w.getModelCode());
    }

    // ---- account summary and account updates multi

    /** Encodes REQ_ACCOUNT_SUMMARY: the group ({@code All} for every account) and the tags, comma-separated. */
    public static AccountsProto.AccountSummaryRequest accountSummaryRequest(int requestId, String group,
                                                                            Collection<AccountSummaryTag> tags) {
        return AccountsProto.AccountSummaryRequest.newBuilder().setReqId(requestId).setGroup(group)
                .setTags(tags.stream().map(AccountSummaryTag::wireValue).collect(Collectors.joining(","))).build();
    }

    /** Decodes the tags of REQ_ACCOUNT_SUMMARY as sent, without blanks. */
    public static List<String> accountSummaryTags(AccountsProto.AccountSummaryRequest request) {
        return Arrays.stream(request.getTags().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    public static AccountsProto.AccountSummary accountSummary(int requestId, AccountValue value) {
        AccountsProto.AccountSummary.Builder w = AccountsProto.AccountSummary.newBuilder().setReqId(requestId)
                .setAccount(value.account()).setTag(value.key()).setValue(value.value());
        text(value.currency(), w::setCurrency);
        return w.build();
    }

    public static AccountValue accountSummary(AccountsProto.AccountSummary w) {
        return AccountValue.of(w.getAccount(), w.getTag(), w.getValue(), w.getCurrency());
    }

    public static AccountsProto.AccountUpdatesMultiRequest accountUpdatesMultiRequest(int requestId, String account,
                                                                                      String modelCode, boolean ledgerAndNlv) {
        AccountsProto.AccountUpdatesMultiRequest.Builder w = AccountsProto.AccountUpdatesMultiRequest.newBuilder().setReqId(requestId);
        text(account, w::setAccount);
        text(modelCode, w::setModelCode);
        if (ledgerAndNlv) {
            w.setLedgerAndNlv(true);
        }
        return w.build();
    }

    public static AccountsProto.AccountUpdateMulti accountUpdateMulti(int requestId, AccountValue value) {
        AccountsProto.AccountUpdateMulti.Builder w = AccountsProto.AccountUpdateMulti.newBuilder().setReqId(requestId)
                .setAccount(value.account()).setKey(value.key()).setValue(value.value());
        text(value.modelCode(), w::setModelCode);
        text(value.currency(), w::setCurrency);
        return w.build();
    }

    public static AccountValue accountUpdateMulti(AccountsProto.AccountUpdateMulti w) {
        return new AccountValue(w.getAccount(), w.getKey(), w.getValue(), w.getCurrency(), w.getModelCode());
    }

    // ---- profit and loss

    public static AccountsProto.PnlRequest pnlRequest(int requestId, String account, String modelCode) {
        AccountsProto.PnlRequest.Builder w = AccountsProto.PnlRequest.newBuilder().setReqId(requestId).setAccount(account);
        text(modelCode, w::setModelCode);
        return w.build();
    }

    public static AccountsProto.Pnl pnl(int requestId, Pnl pnl) {
        AccountsProto.Pnl.Builder w = AccountsProto.Pnl.newBuilder().setReqId(requestId);
        number(pnl.daily(), w::setDailyPnl);
        number(pnl.unrealized(), w::setUnrealizedPnl);
        number(pnl.realized(), w::setRealizedPnl);
        return w.build();
    }

    public static Pnl pnl(AccountsProto.Pnl w) {
        return new Pnl(orNaN(w.hasDailyPnl(), w.getDailyPnl()), orNaN(w.hasUnrealizedPnl(), w.getUnrealizedPnl()),
                orNaN(w.hasRealizedPnl(), w.getRealizedPnl()));
    }

    public static AccountsProto.PnlSingleRequest pnlSingleRequest(int requestId, String account, String modelCode, int conId) {
        AccountsProto.PnlSingleRequest.Builder w = AccountsProto.PnlSingleRequest.newBuilder().setReqId(requestId)
                .setAccount(account).setConId(conId);
        text(modelCode, w::setModelCode);
        return w.build();
    }

    public static AccountsProto.PnlSingle pnlSingle(int requestId, PnlSingle pnl) {
        AccountsProto.PnlSingle.Builder w = AccountsProto.PnlSingle.newBuilder().setReqId(requestId)
                .setPosition(Decimals.format(pnl.position()));
        number(pnl.daily(), w::setDailyPnl);
        number(pnl.unrealized(), w::setUnrealizedPnl);
        number(pnl.realized(), w::setRealizedPnl);
        number(pnl.value(), w::setValue);
        return w.build();
    }

    public static PnlSingle pnlSingle(AccountsProto.PnlSingle w) {
        return new PnlSingle(decimal(w.getPosition()), orNaN(w.hasDailyPnl(), w.getDailyPnl()),
                orNaN(w.hasUnrealizedPnl(), w.getUnrealizedPnl()), orNaN(w.hasRealizedPnl(), w.getRealizedPnl()),
                orNaN(w.hasValue(), w.getValue()));
    }

    // ---- family codes, soft-dollar tiers, advisor configuration

    public static AccountsProto.FamilyCodes familyCodes(List<FamilyCode> codes) {
        AccountsProto.FamilyCodes.Builder w = AccountsProto.FamilyCodes.newBuilder();
        codes.forEach(code -> w.addFamilyCodes(AccountsProto.FamilyCode.newBuilder()
                .setAccountId(code.accountId()).setFamilyCode(code.familyCode())));
        return w.build();
    }

    public static List<FamilyCode> familyCodes(AccountsProto.FamilyCodes w) {
        return w.getFamilyCodesList().stream().map(code -> new FamilyCode(code.getAccountId(), code.getFamilyCode())).toList();
    }

    public static AccountsProto.SoftDollarTiers softDollarTiers(int requestId, List<SoftDollarTier> tiers) {
        AccountsProto.SoftDollarTiers.Builder w = AccountsProto.SoftDollarTiers.newBuilder().setReqId(requestId);
        tiers.forEach(tier -> w.addSoftDollarTiers(AccountsProto.SoftDollarTier.newBuilder()
                .setName(tier.name()).setValue(tier.value()).setDisplayName(tier.displayName())));
        return w.build();
    }

    public static List<SoftDollarTier> softDollarTiers(AccountsProto.SoftDollarTiers w) {
        return w.getSoftDollarTiersList().stream()
                .map(tier -> new SoftDollarTier(tier.getName(), tier.getValue(), tier.getDisplayName())).toList();
    }

    public static AccountsProto.FaRequest faRequest(FaDataType type) {
        return AccountsProto.FaRequest.newBuilder().setFaDataType(type.wireValue()).build();
    }

    public static AccountsProto.ReceiveFa receiveFa(FaDataType type, String xml) {
        return AccountsProto.ReceiveFa.newBuilder().setFaDataType(type.wireValue()).setXml(xml).build();
    }

    public static AccountsProto.FaReplace faReplace(int requestId, FaDataType type, String xml) {
        return AccountsProto.FaReplace.newBuilder().setReqId(requestId).setFaDataType(type.wireValue()).setXml(xml).build();
    }

    public static AccountsProto.ReplaceFaEnd replaceFaEnd(int requestId, String text) {
        return AccountsProto.ReplaceFaEnd.newBuilder().setReqId(requestId).setText(text).build();
    }

    private static BigDecimal decimal(String text) {
        return text.isBlank() ? BigDecimal.ZERO : Decimals.parse(text);
    }

    private static void text(String value, Consumer<String> setter) {
        if (!value.isEmpty()) {
            setter.accept(value);
        }
    }

    private static void number(double value, DoubleConsumer setter) {
        if (!Double.isNaN(value)) {
            setter.accept(value);
        }
    }

    private static double orNaN(boolean present, double value) {
        return present && value != UNSET_DOUBLE ? value : Double.NaN;
    }
}
