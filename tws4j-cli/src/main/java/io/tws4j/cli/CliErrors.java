package io.tws4j.cli;

import io.tws4j.client.ConnectTimeoutException;
import io.tws4j.client.ConnectionRefusedException;
import io.tws4j.client.ConnectionRejectedException;
import io.tws4j.client.FeatureNotSupportedException;
import io.tws4j.client.RequestTimeoutException;
import io.tws4j.client.TwsException;
import io.tws4j.client.UnsupportedServerVersionException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every error the command line reports: one line on standard error saying what is wrong and what
 * to do, and a non-zero exit code (2 for a bad command line, 1 for the rest). The stack trace
 * follows only with {@code --verbose}.
 */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code of a bad command line. */
    public static final int USAGE = 2;
    /** Exit code of a failure. */
    public static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        String line;
        if (ex instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
            line = name + ": " + firstLine(ex.getMessage()) + suggestion(unmatched) + "; see '" + name + " --help'";
        } else if (ex instanceof UnmatchedArgumentException unmatched && command.getSubcommands().size() > 0) {
            line = name + ": '" + unmatched.getUnmatched().getFirst() + "' is not a command" + suggestion(unmatched)
                    + "; the commands are " + String.join(", ", visibleCommands(command));
        } else {
            line = name + ": " + firstLine(ex.getMessage()) + "; see '" + name + " --help'";
        }
        err.println(command.getColorScheme().errorText(line));
        if (verbose(args)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int exitCode = ex instanceof Problem problem ? problem.exitCode() : FAILURE;
        err.println(command.getColorScheme().errorText(command.getCommandSpec().qualifiedName() + ": " + describe(ex)));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof Problem) && !(ex instanceof TwsException) && bindFailure(ex) == null) {
            // Not one of the errors we expected: the trace is what a bug report needs.
            err.println("  (run again with --verbose for the stack trace)");
        }
        err.flush();
        return exitCode;
    }

    /** One line for an exception: what went wrong, and what to do about it. */
    public static String describe(Throwable ex) {
        if (bindFailure(ex) != null || ex instanceof Problem) {
            return advice(ex);
        }
        String what = ex instanceof TwsException ? ex.getMessage()
                : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()));
        String advice = advice(ex);
        return advice.isEmpty() ? what : what + ": " + advice;
    }

    /** What to do about an exception, or empty when there is nothing to add to its message. */
    public static String advice(Throwable ex) {
        BindException bind = bindFailure(ex);
        if (bind != null) {
            return "the port is in use (" + bind.getMessage() + "): another gateway or TWS listens there;"
                    + " stop it, or pick another port (--port 0 picks a free one)";
        }
        return switch (ex) {
            case Problem problem -> problem.getMessage();
            case ConnectionRefusedException refused -> "check that it runs, that 'Enable ActiveX and Socket Clients' is on"
                    + " (API > Settings), and the port (TWS 7497 paper / 7496 live, IB Gateway 4002 / 4001)";
            case ConnectTimeoutException timeout -> "the gateway accepted the connection but did not answer; is a login or a"
                    + " dialog waiting in TWS, or is this address missing from 'Trusted IPs'?";
            case ConnectionRejectedException rejected -> rejected.getMessage().contains("326") ? "pass another --client-id" : "";
            case UnsupportedServerVersionException old -> "update TWS or IB Gateway to 10.30 or newer";
            case FeatureNotSupportedException feature -> "update TWS or IB Gateway";
            case RequestTimeoutException timeout -> "TWS may be busy or a data farm down (run 'tws4j doctor')";
            default -> "";
        };
    }

    private static BindException bindFailure(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    private static String suggestion(UnmatchedArgumentException unmatched) {
        List<String> suggestions = unmatched.getSuggestions();
        return suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    private static List<String> visibleCommands(CommandLine command) {
        return command.getSubcommands().entrySet().stream()
                .filter(entry -> !entry.getValue().getCommandSpec().usageMessage().hidden())
                .map(entry -> entry.getKey())
                .toList();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static boolean verbose(String[] args) {
        return List.of(args).contains("--verbose") || List.of(args).contains("-v");
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
