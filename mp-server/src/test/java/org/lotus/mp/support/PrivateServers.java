package org.lotus.mp.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB and Redis processes of a test's own, on spare ports, so outage tests can stop them without touching the
 * machine's shared services. Each is stopped by its own process handle.
 */
public final class PrivateServers {

    private PrivateServers() {}

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A running server process listening on {@code port}. */
    public static final class Server implements AutoCloseable {
        private final List<String> command;
        private final Path log;
        private final int port;
        private Process process;

        Server(List<String> command, Path log, int port) {
            this.command = command;
            this.log = log;
            this.port = port;
        }

        public int port() {
            return port;
        }

        public Server start() throws IOException, InterruptedException {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited: " + Files.readString(log));
                }
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    return this;
                } catch (IOException notYet) {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                }
            }
            throw new IllegalStateException("server not listening on " + port);
        }

        public void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    public static Server redis(Path dir) throws IOException {
        int port = freePort();
        Files.createDirectories(dir);
        return new Server(
                List.of(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        dir.toString()),
                dir.resolve("redis.log"),
                port);
    }

    /** A MariaDB with its own data directory, initialised here; root without password over TCP. */
    public static Server mariadb(Path dir) throws IOException, InterruptedException {
        int port = freePort();
        Path data = dir.resolve("data");
        Files.createDirectories(dir);
        Process install = new ProcessBuilder(
                        "mariadb-install-db",
                        "--no-defaults",
                        "--datadir=" + data,
                        "--auth-root-authentication-method=normal",
                        "--user=root",
                        "--skip-test-db")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile())
                .start();
        if (!install.waitFor(60, TimeUnit.SECONDS) || install.exitValue() != 0) {
            throw new IllegalStateException(
                    "mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
        }
        return new Server(
                List.of(
                        "mariadbd",
                        "--no-defaults",
                        "--datadir=" + data,
                        "--port=" + port,
                        "--socket=" + dir.resolve("mariadb.sock"),
                        "--user=root",
                        "--bind-address=127.0.0.1",
                        "--skip-name-resolve",
                        "--pid-file=" + dir.resolve("mariadb.pid")),
                dir.resolve("mariadb.log"),
                port);
    }
}
