package org.nianbao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.source.ColumnSources;
import org.nianbao.xml.Xml;

/**
 * A local preview: builds the column, serves it on the loopback address only, rebuilds when a source
 * changes, and makes open pages reload. The reload snippet is added to the pages as they are served;
 * the column's files stay exactly what {@code build} writes.
 */
public final class PreviewServer implements AutoCloseable {
    static final long POLL_MS = 300;
    /** Editors save in several steps: wait until the sources stay unchanged this long before building. */
    static final long SETTLE_MS = 50;
    /** How long a page's question for the next build is held before it is answered with the current one. */
    static final long WAIT_MS = 25_000;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    /** A report's page in the column: {@code /<year>/<代号>/}. */
    private static final Pattern REPORT_PAGE = Pattern.compile(
            "/(xxgk/)?((?:19|20)[0-9]{2})/([a-z0-9][a-z0-9_-]*)/(index\\.html)?");

    /** Told the outcome of each build, on the server's build thread. */
    public interface Listener {
        /** A build ran to its end; {@link BuildResult#written()} says whether the column was replaced. */
        void built(BuildResult result, long millis);

        /** A build stopped early: the output could not be written, or a template failed. */
        void failed(Exception e);
    }

    private final Config config;
    private final Listener listener;
    private final HttpServer http;
    private final SourceWatcher watcher;
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-preview-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final FillRoutes fill;
    /** Held to read the column, by a request for the time it reads a file; by a build's commit to change it. */
    private final ReadWriteLock column = new ReentrantReadWriteLock();
    private volatile List<String> problems = List.of();

    private PreviewServer(Config config, HttpServer http, Listener listener) {
        this.config = config;
        this.http = http;
        this.listener = listener;
        this.watcher = new SourceWatcher(config.sourceDirectory());
        this.fill = new FillRoutes(config, http.getAddress().getPort());
    }

    /**
     * Builds once, then serves on {@code 127.0.0.1:port} ({@code 0}: any free port) and watches the sources.
     *
     * @throws IllegalArgumentException when the port is taken
     */
    public static PreviewServer start(Config config, int port, Listener listener) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalArgumentException("端口 " + port + " 已被占用，请换一个端口");
        }
        PreviewServer server = new PreviewServer(config, http, listener);
        server.rebuild();
        http.createContext("/", server::handle);
        // threads of their own: a page waiting for the next build must not hold up the other requests
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nianbao-preview-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        server.builder.execute(server::watch);
        return server;
    }

    /** The address to open, such as {@code http://127.0.0.1:8080/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** The 填报 page, where reports are filled in and checked as the build checks them. */
    public URI fillAddress() {
        return address().resolve(FillRoutes.PREFIX.substring(1));
    }

    /**
     * The drafts the 填报 page saved in {@code sourceDir} ({@code reports/<year>/<代号>.md.draft}), which builds
     * skip: relative paths, in order, for {@code check} to list.
     */
    public static List<String> drafts(Path sourceDir) throws IOException {
        return FillService.drafts(sourceDir);
    }

    /** How {@code check} tells of a draft: a notice, neither error nor warning. */
    public static String draftNotice(String relative) {
        return relative + ": 提示: 填报页面保存的草稿，未参与检查和生成；改正其中的问题后，在填报页面保存为 "
                + relative.substring(0, relative.length() - ".draft".length());
    }

    /** Blocks until {@link #close()} is called (from another thread), or the thread is interrupted. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        builder.shutdownNow();
        try {
            builder.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
        synchronized (generation) {
            generation.notifyAll(); // pages waiting for the next build are answered
        }
        http.stop(0);
        watcher.close();
    }

    /** Looks for changes when the system tells of one, else every {@link #POLL_MS}, until closed. */
    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                watcher.awaitEvent(POLL_MS);
                poll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        if (!watcher.changed()) {
            return;
        }
        try {
            do {
                Thread.sleep(SETTLE_MS);
            } while (watcher.changed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        rebuild();
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            BuildResult result = Nianbao.build(config, column);
            problems = result.ok(config.failOnWarning()) ? List.of()
                    : result.diagnostics().stream().map(Diagnostic::toString).toList();
            listener.built(result, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // Keep serving the last good column; the page shows why it is not updated.
            problems = List.of(String.valueOf(e.getMessage()));
            listener.failed(e);
        }
        synchronized (generation) {
            generation.incrementAndGet();
            generation.notifyAll(); // pages waiting for it reload now
        }
    }

    /** The latest build's number once it is not {@code seen}, or after {@link #WAIT_MS}: pages ask again at once. */
    private long generationAfter(String seen) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        synchronized (generation) {
            long left;
            while (String.valueOf(generation.get()).equals(seen) && stopped.getCount() > 0
                    && (left = deadline - System.currentTimeMillis()) > 0) {
                generation.wait(left);
            }
            return generation.get();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            // Read before the file, so that a page built after this request still triggers a reload.
            long gen = generation.get();
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            if (path.startsWith(FillRoutes.PREFIX)) {
                fill.handle(ex);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "只支持 GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!fromThisMachine(ex)) {
                send(ex, 403, "text/plain; charset=utf-8", "只能在本机访问".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LiveReload.GENERATION_PATH)) {
                String query = ex.getRequestURI().getRawQuery();
                long latest;
                try {
                    latest = query != null && query.startsWith("after=") ? generationAfter(query.substring(6))
                            : generation.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    latest = generation.get();
                }
                send(ex, 200, "text/plain; charset=utf-8", String.valueOf(latest).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = file(path);
            byte[] bytes = null;
            boolean folder = false;
            column.readLock().lock();
            try {
                folder = file != null && Files.isDirectory(file);
                if (folder && path.endsWith("/")) {
                    file = file.resolve("index.html");
                }
                if (file != null && Files.isRegularFile(file)) {
                    bytes = Files.readAllBytes(file);
                }
            } finally {
                column.readLock().unlock();
            }
            if (folder && !path.endsWith("/")) {
                // Page-relative links need the trailing slash.
                ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (bytes == null) {
                String page = "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>找不到页面</title>"
                        + "<body><p>找不到 " + Xml.escape(path) + "</p></body></html>";
                sendHtml(ex, 404, page, gen);
                return;
            }
            String type = type(file);
            if (type.startsWith("text/html")) {
                sendHtml(ex, 200, new String(bytes, StandardCharsets.UTF_8), gen);
            } else {
                send(ex, 200, type, bytes);
            }
        }
    }

    /** The file a request path names inside the column, or {@code null} when it would leave it. */
    private Path file(String path) {
        Path root = config.outputDirectory();
        if (path.indexOf('\0') >= 0 || !path.startsWith("/")) {
            return null;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) ? file : null;
    }

    /** Refuses requests addressed to another host name, so that a web page cannot read the preview through DNS rebinding. */
    private boolean fromThisMachine(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        String name = host.replaceFirst(":[0-9]+$", "").toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private void sendHtml(HttpExchange ex, int status, String html, long gen) throws IOException {
        String page = LiveReload.inject(html, gen, problems, fillLink(ex.getRequestURI().getPath()));
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The 填报 page of the report a column page shows ({@code /2023/jiaoyuju/}, or a body's 政府信息公开工作年度报告
     * at {@code /xxgk/2023/jiaoyuju/}), when its source file or draft is there; {@code null} for other pages.
     */
    private String fillLink(String path) {
        Matcher m = REPORT_PAGE.matcher(path);
        if (!m.matches()) {
            return null;
        }
        boolean xxgk = m.group(1) != null;
        String slug = m.group(3);
        String name = xxgk ? slug + ColumnSources.XXGK_SUFFIX
                : slug.equals(FillService.SUPERVISION) ? ColumnSources.SUPERVISION_FILE : slug + ".md";
        Path file = config.sourceDirectory().resolve("reports").resolve(m.group(2)).resolve(name);
        return Files.isRegularFile(file) || Files.isRegularFile(file.resolveSibling(name + ".draft"))
                ? FillRoutes.PREFIX + "?year=" + m.group(2) + "&site=" + slug + (xxgk ? FillService.XXGK : "") : null;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
