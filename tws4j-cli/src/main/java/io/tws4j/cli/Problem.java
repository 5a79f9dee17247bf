package io.tws4j.cli;

/**
 * Something the user can fix, said in one line: what is wrong and what to do. Commands throw it;
 * {@link CliErrors} prints its message alone and exits with its code.
 */
public final class Problem extends RuntimeException {
    private final int exitCode;

    /** A problem that exits with code 1. */
    public Problem(String message) {
        this(message, 1, null);
    }

    /** A problem with its cause, shown with {@code --verbose}. */
    public Problem(String message, Throwable cause) {
        this(message, 1, cause);
    }

    private Problem(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process's exit code. */
    public int exitCode() {
        return exitCode;
    }
}
