package org.lotus.mp.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The built {@code mp-server.jar} run as a separate process, as an operator would run it. */
public final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "mp-server.jar");

    private final Process process;
    private final Path output;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RunningJar(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    public static RunningJar start(Map<String, String> environment, String... args) throws IOException {
        int port = freePort();
        Path output = Files.createTempFile(Path.of("target"), "jar-run-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("WX_") || k.startsWith("ADMIN_"));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        // Without WX_APPID the jar would start in demo mode: tests that want it say LOTUS_DEMO=true.
        builder.environment().put("LOTUS_DEMO", "false");
        // Every instance signs in from loopback; other tests' failures on the shared Redis must not throttle it.
        builder.environment().put("LOTUS_LOGIN_ADDRESS_FAILURES", "1000000");
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), output, port);
    }

    public int port() {
        return port;
    }

    /** The output so far, for assertion messages. */
    public String outputOrEmpty() {
        try {
            return output();
        } catch (IOException e) {
            return "";
        }
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Waits until /actuator/health answers UP, or the process ends, or the deadline passes. */
    public boolean awaitHealthy(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                HttpResponse<String> response = get("/actuator/health", null);
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return false;
    }

    public int awaitExit(Duration deadline) throws InterruptedException {
        if (!process.waitFor(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("process still running after " + deadline);
        }
        return process.exitValue();
    }

    public HttpResponse<String> get(String path, String basicCredentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (basicCredentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
