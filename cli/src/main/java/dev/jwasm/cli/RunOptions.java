package dev.jwasm.cli;

import dev.jwasm.parser.Feature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code jwasm run}, in Wasmtime's grammar: options, then the module
 * file, then the guest's arguments (everything after the file goes to the guest, options
 * included). Parsed by hand rather than with picocli, which would cost {@code jwasm run}
 * a good part of its start-up time.
 */
final class RunOptions {

    /** A bad command line; the message is meant for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --dir HOST[::GUEST]}, or its read-only form {@code --dir-ro}. */
    record Dir(String host, String guest, boolean readOnly) {
    }

    /** {@code --env NAME[=VALUE]}: without a value, the host's value of NAME (or nothing if unset). */
    record Env(String name, String value) {
    }

    /** {@code -W NAME=y|n}. */
    record FeatureSwitch(Feature feature, boolean on) {
    }

    final List<Dir> dirs = new ArrayList<>();
    final List<Env> env = new ArrayList<>();
    final List<FeatureSwitch> features = new ArrayList<>();
    final List<InetSocketAddress> listeners = new ArrayList<>();
    boolean inheritEnv;
    String invoke;
    String argv0;
    String tier;
    boolean help;
    String file;
    final List<String> guestArgs = new ArrayList<>();

    static RunOptions parse(List<String> args) throws UsageException {
        RunOptions o = new RunOptions();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (!a.startsWith("--") && a.length() > 2) {
                name = a.substring(0, 2);
                value = a.substring(2);
            }
            i++;
            switch (name) {
                case "-h", "--help" -> o.help = true;
                case "--dir", "--dir-ro", "--mapdir", "--env", "--invoke", "--argv0", "--tier", "-W", "--wasm", "-S",
                    "--wasi" -> {
                    if (value == null) {
                        if (i >= args.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(i++);
                    }
                    o.option(name, value);
                }
                default -> throw new UsageException("unknown option '" + a + "' (see jwasm run --help)");
            }
        }
        if (o.help) {
            return o;
        }
        if (i >= args.size()) {
            throw new UsageException("missing the module FILE to run");
        }
        o.file = args.get(i++);
        o.guestArgs.addAll(args.subList(i, args.size()));
        return o;
    }

    private void option(String name, String value) throws UsageException {
        switch (name) {
            case "--dir", "--dir-ro" -> {
                int sep = value.indexOf("::");
                String host = sep < 0 ? value : value.substring(0, sep);
                String guest = sep < 0 ? value : value.substring(sep + 2);
                if (host.isEmpty() || guest.isEmpty()) {
                    throw new UsageException("expected " + name + " HOST[::GUEST], not '" + value + "'");
                }
                dirs.add(new Dir(host, guest, name.equals("--dir-ro")));
            }
            case "--mapdir" -> {
                int sep = value.indexOf("::");
                if (sep <= 0 || sep + 2 == value.length()) {
                    throw new UsageException("expected --mapdir GUEST::HOST, not '" + value + "'");
                }
                dirs.add(new Dir(value.substring(sep + 2), value.substring(0, sep), false));
            }
            case "--env" -> {
                int eq = value.indexOf('=');
                String variable = eq < 0 ? value : value.substring(0, eq);
                if (variable.isEmpty()) {
                    throw new UsageException("expected --env NAME[=VALUE], not '" + value + "'");
                }
                env.add(new Env(variable, eq < 0 ? null : value.substring(eq + 1)));
            }
            case "--invoke" -> invoke = value;
            case "--argv0" -> argv0 = value;
            case "--tier" -> tier = value;
            case "-W", "--wasm" -> {
                for (String item : value.split(",")) {
                    features.add(featureSwitch(item));
                }
            }
            default -> {
                for (String item : value.split(",")) {
                    wasiOption(item);
                }
            }
        }
    }

    private static FeatureSwitch featureSwitch(String item) throws UsageException {
        int eq = item.indexOf('=');
        String name = eq < 0 ? item : item.substring(0, eq);
        boolean on = yesNo("-W " + name, eq < 0 ? "y" : item.substring(eq + 1));
        for (Feature f : Feature.values()) {
            if (f.cliName().equals(name)) {
                return new FeatureSwitch(f, on);
            }
        }
        StringBuilder known = new StringBuilder();
        for (Feature f : Feature.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(f.cliName());
        }
        throw new UsageException("unknown feature '" + name + "' (known: " + known + ")");
    }

    /** {@code -S NAME[=VALUE]}: the WASI options jwasm knows of Wasmtime's. */
    private void wasiOption(String item) throws UsageException {
        int eq = item.indexOf('=');
        String name = eq < 0 ? item : item.substring(0, eq);
        String value = eq < 0 ? null : item.substring(eq + 1);
        switch (name) {
            case "tcplisten" -> {
                if (value == null) {
                    throw new UsageException("expected -S tcplisten=HOST:PORT");
                }
                listeners.add(socketAddress(value));
            }
            case "inherit-env" -> inheritEnv = yesNo("-S inherit-env", value == null ? "y" : value);
            case "cli", "preview1" -> {
                if (!yesNo("-S " + name, value == null ? "y" : value)) {
                    throw new UsageException("-S " + name + "=n: jwasm run always provides WASI preview1");
                }
            }
            default -> throw new UsageException("unknown WASI option '-S " + name
                    + "' (known: tcplisten=HOST:PORT, inherit-env[=y|n])");
        }
    }

    private static boolean yesNo(String what, String value) throws UsageException {
        return switch (value) {
            case "y", "yes", "true" -> true;
            case "n", "no", "false" -> false;
            default -> throw new UsageException("expected " + what + "=y or =n, not '" + value + "'");
        };
    }

    private static InetSocketAddress socketAddress(String value) throws UsageException {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new UsageException("expected -S tcplisten=HOST:PORT, not '" + value + "'");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (NumberFormatException e) {
            throw new UsageException("bad port in -S tcplisten=" + value);
        } catch (UnknownHostException e) {
            throw new UsageException("unknown host in -S tcplisten=" + value);
        }
    }

    static final String USAGE = """
            Usage: jwasm run [OPTIONS] FILE [ARGS...]
                   jwasm FILE [ARGS...]
            Run a WebAssembly module (.wasm or .wat) as a WASI preview1 command: its _start,
            or the export named by --invoke. Everything after FILE goes to the guest.

              --dir HOST[::GUEST]     Let the guest use host directory HOST, named GUEST
                                      (default: the same name as HOST). Repeatable.
              --dir-ro HOST[::GUEST]  The same, read-only: every change is refused with
                                      ENOTCAPABLE (a jwasm extension; Wasmtime has no such form).
              --env NAME[=VALUE]      Set a guest environment variable; without a value, pass
                                      the host's value of NAME. Repeatable.
              --invoke NAME           Call the export NAME instead of _start, with ARGS parsed
                                      as its parameters; print its results one per line.
              --argv0 NAME            The guest's argv[0] (default: FILE as given).
              --tier NAME             The execution tier (default: interpreter).
              -W NAME[=y|n],...       Turn a WebAssembly feature on or off. Legacy exception
                                      handling is on for run (-W legacy-exceptions=n: off).
              -S NAME[=VALUE],...     WASI options: tcplisten=HOST:PORT (hand the guest a
                                      listening TCP socket, descriptor 3 onwards, before the
                                      directories), inherit-env[=y|n] (the host's whole
                                      environment).
              -h, --help              Show this help.

            Exit status: the guest's exit code (proc_exit, or 0 when _start returns); 134
            after a trap (its message and a Wasm backtrace go to stderr); 1 when the module
            cannot be read, is invalid or cannot be instantiated; 2 for a bad command line.
            """;
}
