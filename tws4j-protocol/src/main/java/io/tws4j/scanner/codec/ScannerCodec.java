package io.tws4j.scanner.codec;

import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.proto.ScannerProto.CancelScannerSubscription;
import io.tws4j.protocol.proto.ScannerProto.ScannerData;
import io.tws4j.protocol.proto.ScannerProto.ScannerDataElement;
import io.tws4j.protocol.proto.ScannerProto.ScannerParametersRequest;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscriptionRequest;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.scanner.ScannerSubscription;
import java.util.List;
import java.util.function.Consumer;

/**
 * Both directions of the market scanner messages. Unset values stay off the wire (empty
 * strings, absent numbers, false flags), as IB's encoder leaves them; decoders read an absent
 * field as unset.
 */
public final class ScannerCodec {

    private ScannerCodec() {}

    public static ScannerParametersRequest parametersRequest() {
        return ScannerParametersRequest.getDefaultInstance();
    }

    public static ScannerProto.ScannerParameters parameters(String xml) {
        return ScannerProto.ScannerParameters.newBuilder().setXml(xml).build();
    }

    public static String parametersXml(ScannerProto.ScannerParameters message) {
        return message.getXml();
    }

    /** Encodes a scanner subscription request. */
    public static ScannerSubscriptionRequest subscriptionRequest(int requestId, ScannerSubscription subscription) {
        return ScannerSubscriptionRequest.newBuilder()
                .setReqId(requestId)
                .setScannerSubscription(subscription(subscription))
                .build();
    }

    /** Decodes the subscription of a request. */
    public static ScannerSubscription subscription(ScannerSubscriptionRequest request) {
        return subscription(request.getScannerSubscription());
    }

    public static CancelScannerSubscription cancel(int requestId) {
        return CancelScannerSubscription.newBuilder().setReqId(requestId).build();
    }

    /** Encodes one scan's answer. */
    public static ScannerData data(int requestId, ScanResult result) {
        ScannerData.Builder message = ScannerData.newBuilder().setReqId(requestId);
        for (ScanRow row : result.rows()) {
            ScannerDataElement.Builder element = ScannerDataElement.newBuilder()
                    .setRank(row.rank())
                    .setContract(ContractsCodec.contract(row.contract()));
            text(row.marketName(), element::setMarketName);
            text(row.distance(), element::setDistance);
            text(row.benchmark(), element::setBenchmark);
            text(row.projection(), element::setProjection);
            text(row.comboKey(), element::setComboKey);
            message.addScannerDataElement(element);
        }
        return message.build();
    }

    /** Decodes one scan's answer. */
    public static ScanResult result(ScannerData message) {
        List<ScanRow> rows = message.getScannerDataElementList().stream()
                .map(element -> new ScanRow(element.getRank(), ContractsCodec.contract(element.getContract()),
                        element.getMarketName(), element.getDistance(), element.getBenchmark(), element.getProjection(),
                        element.getComboKey()))
                .toList();
        return new ScanResult(rows);
    }

    private static ScannerProto.ScannerSubscription subscription(ScannerSubscription subscription) {
        ScannerProto.ScannerSubscription.Builder wire = ScannerProto.ScannerSubscription.newBuilder()
                .setScanCode(subscription.scanCode().code());
        text(subscription.instrument(), wire::setInstrument);
        text(subscription.locationCode(), wire::setLocationCode);
        subscription.numberOfRows().ifPresent(wire::setNumberOfRows);
        subscription.abovePrice().ifPresent(wire::setAbovePrice);
        subscription.belowPrice().ifPresent(wire::setBelowPrice);
        subscription.aboveVolume().ifPresent(wire::setAboveVolume);
        subscription.marketCapAbove().ifPresent(wire::setMarketCapAbove);
        subscription.marketCapBelow().ifPresent(wire::setMarketCapBelow);
        text(subscription.moodyRatingAbove(), wire::setMoodyRatingAbove);
        text(subscription.moodyRatingBelow(), wire::setMoodyRatingBelow);
        text(subscription.spRatingAbove(), wire::setSpRatingAbove);
        text(subscription.spRatingBelow(), wire::setSpRatingBelow);
        text(subscription.maturityDateAbove(), wire::setMaturityDateAbove);
        text(subscription.maturityDateBelow(), wire::setMaturityDateBelow);
        subscription.couponRateAbove().ifPresent(wire::setCouponRateAbove);
        subscription.couponRateBelow().ifPresent(wire::setCouponRateBelow);
        if (subscription.excludeConvertible()) {
            wire.setExcludeConvertible(true);
        }
        subscription.averageOptionVolumeAbove().ifPresent(wire::setAverageOptionVolumeAbove);
        text(subscription.scannerSettingPairs(), wire::setScannerSettingPairs);
        text(subscription.stockTypeFilter(), wire::setStockTypeFilter);
        wire.putAllScannerSubscriptionFilterOptions(subscription.filterOptions());
        wire.putAllScannerSubscriptionOptions(subscription.options());
        return wire.build();
    }

    private static ScannerSubscription subscription(ScannerProto.ScannerSubscription wire) {
        ScannerSubscription.Builder subscription = ScannerSubscription.builder(ScanCode.of(wire.getScanCode()))
                .instrument(wire.getInstrument())
                .locationCode(wire.getLocationCode())
                .moodyRating(wire.getMoodyRatingAbove(), wire.getMoodyRatingBelow())
                .spRating(wire.getSpRatingAbove(), wire.getSpRatingBelow())
                .maturityDate(wire.getMaturityDateAbove(), wire.getMaturityDateBelow())
                .excludeConvertible(wire.getExcludeConvertible())
                .scannerSettingPairs(wire.getScannerSettingPairs())
                .stockTypeFilter(wire.getStockTypeFilter());
        whenSet(wire.hasNumberOfRows(), () -> subscription.numberOfRows(wire.getNumberOfRows()));
        whenSet(wire.hasAbovePrice(), () -> subscription.abovePrice(wire.getAbovePrice()));
        whenSet(wire.hasBelowPrice(), () -> subscription.belowPrice(wire.getBelowPrice()));
        whenSet(wire.hasAboveVolume(), () -> subscription.aboveVolume(wire.getAboveVolume()));
        whenSet(wire.hasMarketCapAbove(), () -> subscription.marketCapAbove(wire.getMarketCapAbove()));
        whenSet(wire.hasMarketCapBelow(), () -> subscription.marketCapBelow(wire.getMarketCapBelow()));
        whenSet(wire.hasCouponRateAbove(), () -> subscription.couponRateAbove(wire.getCouponRateAbove()));
        whenSet(wire.hasCouponRateBelow(), () -> subscription.couponRateBelow(wire.getCouponRateBelow()));
        whenSet(wire.hasAverageOptionVolumeAbove(),
                () -> subscription.averageOptionVolumeAbove(wire.getAverageOptionVolumeAbove()));
        wire.getScannerSubscriptionFilterOptionsMap().forEach(subscription::filterOption);
        wire.getScannerSubscriptionOptionsMap().forEach(subscription::option);
        return subscription.build();
    }

    private static void whenSet(boolean set, Runnable apply) {
        if (set) {
            apply.run();
        }
    }

    private static void text(String value, Consumer<String> setter) {
        if (!value.isEmpty()) {
            setter.accept(value);
        }
    }
}
