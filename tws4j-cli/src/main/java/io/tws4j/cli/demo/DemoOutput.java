package io.tws4j.cli.demo;

import java.io.PrintWriter;

/** The demo's printed output: section headings and aligned facts. */
final class DemoOutput {
    private final PrintWriter out;

    DemoOutput(PrintWriter out) {
        this.out = out;
    }

    void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    void fact(String label, Object value) {
        out.printf("  %-24s %s%n", label, value);
    }

    void line(String text) {
        out.println("  " + text);
    }

    void flush() {
        out.flush();
    }
}
