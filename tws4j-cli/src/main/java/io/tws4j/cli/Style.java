package io.tws4j.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * Colours, only on a terminal: picocli's {@link Ansi#AUTO} decides (no colours when output is
 * redirected, or when {@code NO_COLOR} or {@code -Dpicocli.ansi=false} says so).
 */
public final class Style {
    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    /** Colours when standard output is a terminal. */
    public static Style auto() {
        return new Style(Ansi.AUTO.enabled() && System.getenv("NO_COLOR") == null);
    }

    /** Plain text always. */
    public static Style plain() {
        return new Style(false);
    }

    /** Whether colours (and cursor movement) are on. */
    public boolean isTerminal() {
        return on;
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String yellow(String text) {
        return paint("33", text);
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
