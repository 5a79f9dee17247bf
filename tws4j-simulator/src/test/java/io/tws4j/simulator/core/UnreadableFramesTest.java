package io.tws4j.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.UserInfoRequest;
import io.tws4j.protocol.proto.ContractsProto.MatchingSymbolsRequest;
import org.junit.jupiter.api.Test;

class UnreadableFramesTest {

    @Test
    void fieldOneIsReadWhereverItStandsAndWhateverSurroundsIt() {
        assertThat(UnreadableFrames.fieldOne(UserInfoRequest.newBuilder().setReqId(77).build().toByteArray())).isEqualTo(77);
        assertThat(UnreadableFrames.fieldOne(UserInfoRequest.newBuilder().setReqId(-5).build().toByteArray())).isEqualTo(-5);
        // field 2 (a string) first, then field 1
        assertThat(UnreadableFrames.fieldOne(new byte[] {0x12, 0x01, 0x41, 0x08, 0x2A})).isEqualTo(42);
        assertThat(UnreadableFrames.fieldOne(MatchingSymbolsRequest.newBuilder().setReqId(9).setPattern("AAP").build()
                .toByteArray())).isEqualTo(9);
    }

    @Test
    void noReadableFieldOneIsMinusOne() {
        assertThat(UnreadableFrames.fieldOne(new byte[0])).isEqualTo(-1);
        assertThat(UnreadableFrames.fieldOne(new byte[] {0x12, 0x01, 0x41})).isEqualTo(-1);
        assertThat(UnreadableFrames.fieldOne(new byte[] {0x0A, 0x01, 0x41})).as("field 1 as a string").isEqualTo(-1);
        assertThat(UnreadableFrames.fieldOne(new byte[] {(byte) 0xFF, (byte) 0xFF})).isEqualTo(-1);
        assertThat(UnreadableFrames.fieldOne(new byte[] {0x12, 0x7F, 0x41, 0x08, 0x2A})).as("cut short before field 1").isEqualTo(-1);
    }
}
