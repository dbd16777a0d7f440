package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Fixtures;
import org.nianbao.BuildResult;
import org.nianbao.Config;

/** The preview on loopback: pages served with the reload snippet, rebuilt when a report changes. */
@Timeout(60)
class PreviewServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> builds = new CopyOnWriteArrayList<>();

    private final PreviewServer.Listener listener = new PreviewServer.Listener() {
        @Override
        public void built(BuildResult result, long millis) {
            builds.add(result.ok() ? "ok" : "errors");
        }

        @Override
        public void failed(Exception e) {
            builds.add("failed");
        }
    };

    @Test
    void aChangedReportShowsOnTheServedPage() throws Exception {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path out = tmp.resolve("column");
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        try (PreviewServer server = PreviewServer.start(Config.builder(src).outputDirectory(out).build(), 0, listener)) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> page = get(server, "2023/jiaoyuju/");
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertTrue(page.body().contains("示例市教育局"));
            assertTrue(page.body().contains(LiveReload.GENERATION_PATH + "?after="), "no reload snippet");
            assertFalse(Files.readString(out.resolve("2023/jiaoyuju/index.html")).contains("__nianbao"),
                    "the reload snippet must never be written to the column");
            assertEquals("1", get(server, LiveReload.GENERATION_PATH.substring(1)).body());

            Files.writeString(report, Files.readString(report).replace("## 下一步工作", "## 下一步工作\n\n预览测试：已改动。"));
            String changed = awaitPage(server, "2023/jiaoyuju/", body -> body.contains("预览测试：已改动。"));
            assertFalse(changed.contains("nianbao-preview-problems"));
            awaitPage(server, LiveReload.GENERATION_PATH.substring(1), "2"::equals);

            Files.writeString(report, Files.readString(report).replace("  总数: 1214", "  总数: 1,214"));
            String broken = awaitPage(server, "2023/jiaoyuju/", body -> body.contains("nianbao-preview-problems"));
            assertTrue(broken.contains("reports/2023/jiaoyuju.md:"), broken);
            assertTrue(broken.contains("信息发布/总数（条）: 填写为“1,214”"), broken);
            assertTrue(broken.contains("预览测试：已改动。"), "the last good page stays served");
            assertEquals(List.of("ok", "ok", "errors"), builds);
        }
    }

    @Test
    void aPageWaitingForTheNextBuildIsAnsweredAsSoonAsItIsDone() throws Exception {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        try (PreviewServer server = PreviewServer.start(Config.builder(src).outputDirectory(tmp.resolve("column"))
                .charts(false).build(), 0, listener)) {
            String path = LiveReload.GENERATION_PATH.substring(1) + "?after=";
            assertEquals("1", get(server, path + "0").body(), "a page of an older build is answered at once");
            java.util.concurrent.CompletableFuture<HttpResponse<String>> waiting = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.address() + path + "1")).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(500);
            assertFalse(waiting.isDone(), "held while nothing changed");
            assertEquals(200, get(server, "2023/jiaoyuju/").statusCode(), "other requests are served meanwhile");
            Files.writeString(report, Files.readString(report).replace("## 下一步工作", "## 下一步工作\n\n等待中的页面。"));
            assertEquals("2", waiting.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).body());
        }
    }

    @Test
    void requestsStayInsideTheColumn() throws Exception {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        try (PreviewServer server = PreviewServer.start(Config.builder(src).outputDirectory(tmp.resolve("out/column"))
                .build(), 0, listener)) {
            HttpResponse<String> redirect = get(server, "2023");
            assertEquals(301, redirect.statusCode());
            assertEquals("/2023/", redirect.headers().firstValue("Location").orElse(""));
            assertEquals(404, get(server, "%2e%2e/%2e%2e/secret.txt").statusCode());
            assertEquals(404, get(server, "no-such-page.html").statusCode());
            assertEquals(200, get(server, "").statusCode());
            assertEquals("HTTP/1.1 403 Forbidden", statusLine(server, "evil.example"));
            assertEquals("HTTP/1.1 200 OK", statusLine(server, "localhost"));
        }
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.address() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request with a Host header of our choosing (HttpClient does not let a caller set it). */
    private static String statusLine(PreviewServer server, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private String awaitPage(PreviewServer server, String path, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(server, path).body();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page did not change within " + WAIT + ":\n" + body);
    }
}
