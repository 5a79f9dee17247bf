package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ConfigProto;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.DisplayGroupsProto;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.proto.WshProto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our schemas declare exactly the messages, field numbers and types of PROTOCOL.md section 4.3
 * and Appendix A, recorded one field per row in {@code schema/wire-fields.tsv}.
 */
class WireSchemaTest {
    private static final List<FileDescriptor> FILES = List.of(
            ConnectionProto.getDescriptor(), ContractsProto.getDescriptor(), MarketDataProto.getDescriptor(),
            HistoricalProto.getDescriptor(), OrdersProto.getDescriptor(), AccountsProto.getDescriptor(),
            NewsProto.getDescriptor(), ScannerProto.getDescriptor(), WshProto.getDescriptor(),
            DisplayGroupsProto.getDescriptor(), ConfigProto.getDescriptor());

    @Test
    void declaresThe200MessagesOfTheProtocol() throws IOException {
        Map<String, List<String[]>> expected = expectedFields();
        Map<String, Descriptor> declared = declaredMessages();

        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(declared).hasSize(200);
        Map<String, Long> byKind = new TreeMap<>();
        expected.values().forEach(rows -> byKind.merge(rows.get(0)[1], 1L, Long::sum));
        assertThat(byKind).containsEntry("request", 81L).containsEntry("response", 80L).containsEntry("component", 39L);
    }

    @Test
    void everyFieldHasTheProtocolsNumberNameAndType() throws IOException {
        Map<String, Descriptor> declared = declaredMessages();
        for (Map.Entry<String, List<String[]>> message : expectedFields().entrySet()) {
            Descriptor descriptor = declared.get(message.getKey());
            List<String[]> rows = message.getValue().stream().filter(row -> !row[2].equals("0")).toList();
            assertThat(descriptor.getFields()).as(message.getKey()).hasSize(rows.size());
            for (String[] row : rows) {
                FieldDescriptor field = descriptor.findFieldByNumber(Integer.parseInt(row[2]));
                String where = message.getKey() + "." + row[3] + " = " + row[2];
                assertThat(field).as(where).isNotNull();
                assertThat(field.getName()).as(where).isEqualTo(row[4]);
                assertThat(label(field)).as(where).isEqualTo(row[5]);
                assertThat(type(field)).as(where).isEqualTo(row[6]);
            }
        }
    }

    @Test
    void scalarFieldsTrackPresenceAsIbsSchemasDo() {
        declaredMessages().values().stream()
                .flatMap(descriptor -> descriptor.getFields().stream())
                .filter(field -> !field.isRepeated() && field.getRealContainingOneof() == null)
                .forEach(field -> assertThat(field.hasPresence()).as(field.getFullName()).isTrue());
    }

    private static String label(FieldDescriptor field) {
        if (field.isMapField()) {
            return "map";
        }
        return field.isRepeated() ? "repeated" : "optional";
    }

    private static String type(FieldDescriptor field) {
        if (field.isMapField()) {
            return "map<string,string>";
        }
        return switch (field.getType()) {
            case INT32 -> "int32";
            case INT64 -> "int64";
            case DOUBLE -> "double";
            case BOOL -> "bool";
            case STRING -> "string";
            case MESSAGE -> field.getMessageType().getName();
            default -> "unexpected " + field.getType();
        };
    }

    private static Map<String, Descriptor> declaredMessages() {
        Map<String, Descriptor> messages = new HashMap<>();
        FILES.stream().flatMap(file -> file.getMessageTypes().stream())
                .forEach(descriptor -> assertThat(messages.put(descriptor.getName(), descriptor)).isNull());
        return messages;
    }

    static Map<String, List<String[]>> expectedFields() throws IOException {
        try (InputStream in = WireSchemaTest.class.getResourceAsStream("/schema/wire-fields.tsv")) {
            Map<String, List<String[]>> fields = new TreeMap<>();
            Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(row -> fields.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row));
            return fields;
        }
    }
}
