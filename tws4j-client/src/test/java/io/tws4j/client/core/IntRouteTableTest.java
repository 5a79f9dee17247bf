package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The route table behaves like a map under seeded random puts and removes. */
class IntRouteTableTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 99})
    void behavesLikeAMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IntRouteTable table = new IntRouteTable();
        Map<Integer, Route> model = new HashMap<>();
        for (int step = 0; step < 5_000; step++) {
            int id = random.nextInt(8) == 0 ? Core.FIRST_REQUEST_ID + random.nextInt(64) : random.nextInt(-2, 200);
            if (random.nextInt(3) == 0) {
                Route route = model.get(id);
                if (route != null) {
                    table.remove(id, route);
                    model.remove(id);
                }
            } else {
                Route route = new NamedRoute();
                assertThat(table.put(id, route)).isSameAs(model.put(id, route));
            }
            int probe = random.nextInt(-2, 200);
            assertThat(table.get(probe)).isSameAs(model.get(probe));
        }
        assertThat(table.routes()).containsExactlyInAnyOrderElementsOf(model.values());
    }

    private static final class NamedRoute extends Route {
        @Override
        void onMessage(InMessage type, Object message) {}

        @Override
        void onNotice(Notice notice) {}
    }
}
