package io.tws4j.cli.demo;

import io.tws4j.client.TwsClient;

/** One section of the demo: a titled walk through one capability, printed as it goes. */
interface DemoStep {

    /** Returns the section's title. */
    String title();

    /** Runs the section against a connected client, printing to {@code out}. */
    void run(TwsClient client, DemoOutput out);
}
