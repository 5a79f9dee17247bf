package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void incomingIdsAre81ProtobufAndFourTextOnly() {
        assertThat(InMessage.values()).hasSize(85);
        assertThat(Arrays.stream(InMessage.values()).filter(InMessage::isTextOnly))
                .containsExactlyInAnyOrder(InMessage.TICK_EFP, InMessage.DELTA_NEUTRAL_VALIDATION,
                        InMessage.VERIFY_AND_AUTH_MESSAGE_API, InMessage.VERIFY_AND_AUTH_COMPLETED);
    }

    @Test
    void outgoingIdsAre81ProtobufAndTwoTextOnlyPlusTheTwoRetiredFundamentalsRequests() {
        assertThat(OutMessage.values()).hasSize(85);
        assertThat(Arrays.stream(OutMessage.values()).filter(OutMessage::isTextOnly))
                .containsExactlyInAnyOrder(OutMessage.VERIFY_AND_AUTH_REQUEST, OutMessage.VERIFY_AND_AUTH_MESSAGE);
        assertThat(Arrays.stream(OutMessage.values()).filter(OutMessage::isRetired))
                .containsExactly(OutMessage.REQ_FUNDAMENTAL_DATA, OutMessage.CANCEL_FUNDAMENTAL_DATA);
    }

    @Test
    void theRetiredFundamentalsRequestsTravelAs252And253() throws ProtocolException {
        assertThat(OutMessage.fromWireId(252)).isEqualTo(OutMessage.REQ_FUNDAMENTAL_DATA);
        assertThat(OutMessage.fromWireId(253)).isEqualTo(OutMessage.CANCEL_FUNDAMENTAL_DATA);
        assertThat(OutMessage.REQ_FUNDAMENTAL_DATA.idField()).isEqualTo(OutMessage.IdField.REQUEST_ID);
    }

    @Test
    void everyWireIdMapsBackToItsMessage() throws ProtocolException {
        for (InMessage message : InMessage.values()) {
            assertThat(InMessage.fromWireId(message.wireId())).isEqualTo(message);
            assertThat(message.wireId()).isEqualTo(message.isTextOnly() ? message.id() : message.id() + 200);
        }
        for (OutMessage message : OutMessage.values()) {
            assertThat(OutMessage.fromWireId(message.wireId())).isEqualTo(message);
        }
    }

    @Test
    void bondContractDataSharesTheContractDataBody() {
        assertThat(InMessage.BOND_CONTRACT_DATA.parser()).isEqualTo(InMessage.CONTRACT_DATA.parser());
    }

    @Test
    void everyProtobufRequestIsProtobufAt213ExceptTheLaterProtobufOnlyOnes() {
        EnumSet<OutMessage> later = EnumSet.of(OutMessage.CANCEL_CONTRACT_DATA, OutMessage.CANCEL_HISTORICAL_TICKS,
                OutMessage.REQ_CONFIG, OutMessage.UPDATE_CONFIG);
        for (OutMessage message : OutMessage.values()) {
            if (!message.isTextOnly()) {
                assertThat(message.protobufFrom() <= 213).as(message.name()).isEqualTo(!later.contains(message));
            }
        }
        assertThat(OutMessage.UPDATE_CONFIG.protobufFrom()).isEqualTo(ServerVersion.UPDATE_CONFIG.number());
    }

    @Test
    void serverVersionsRunFrom201To226WithoutGaps() {
        ServerVersion[] versions = ServerVersion.values();
        for (int i = 0; i < versions.length; i++) {
            assertThat(versions[i].number()).isEqualTo(201 + i);
        }
        assertThat(ServerVersion.supportedRange()).isEqualTo(new VersionRange(213, 226));
    }
}
