package org.nianbao.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nianbao.Config;

/**
 * The fill page's routes, under {@link #PREFIX} (a path no column page uses): the page itself, its
 * script and style, and its JSON API. The API writes to the sources, so it answers only the page: a
 * request must name this server as its host, come from its origin, and carry the token that only the
 * page (served to this origin) holds. A web page in another tab can neither read the token nor pass
 * these checks, and the page cannot be framed.
 */
final class FillRoutes {
    static final String PREFIX = "/_nianbao/fill/";
    static final String TOKEN_HEADER = "X-Nianbao-Token";
    private static final int MAX_BODY = 4 * 1024 * 1024;
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final FillService service;
    private final String token;
    private final int port;

    FillRoutes(Config config, int port) {
        this.service = new FillService(config);
        this.port = port;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    String token() {
        return token;
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (!hostIsThisServer(ex)) {
            refuse(ex, 403, "只能在本机通过 http://127.0.0.1:" + port + "/ 访问");
            return;
        }
        String rest = path.substring(PREFIX.length());
        if (!rest.startsWith("api/")) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                refuse(ex, 405, "只支持 GET");
                return;
            }
            switch (rest) {
                case "" -> page(ex);
                case "fill.js" -> resource(ex, "fill.js", "text/javascript; charset=utf-8");
                case "fill.css" -> resource(ex, "fill.css", "text/css; charset=utf-8");
                default -> refuse(ex, 404, "找不到 " + path);
            }
            return;
        }
        String refusal = refusal(ex);
        if (refusal != null) {
            refuse(ex, 403, refusal);
            return;
        }
        try {
            Map<String, Object> answer = switch (method + " " + rest) {
                case "GET api/index" -> service.index();
                case "GET api/report" -> {
                    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
                    String year = q.getOrDefault("year", "");
                    if (!year.matches("(19|20)[0-9]{2}")) {
                        throw new FillService.Refused(400, "年度应为四位年份");
                    }
                    yield service.open(Integer.parseInt(year), q.getOrDefault("site", ""));
                }
                case "POST api/check" -> service.check(body(ex));
                case "POST api/save" -> service.save(body(ex));
                default -> throw new FillService.Refused(404, "没有此接口：" + method + " " + path);
            };
            json(ex, 200, answer);
        } catch (FillService.Answer a) {
            json(ex, a.status, a.body);
        } catch (FillService.Refused r) {
            refuse(ex, r.status, r.getMessage());
        } catch (FillJson.Invalid e) {
            refuse(ex, 400, e.getMessage());
        } catch (RuntimeException e) {
            refuse(ex, 500, "出错了：" + e);
        }
    }

    /** Why an API request is refused, or {@code null}: it must come from this page, in this origin, with the token. */
    private String refusal(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        boolean post = ex.getRequestMethod().equals("POST");
        if (origin != null ? !isThisOrigin(origin) : post) {
            return "拒绝来自其他网页的请求（Origin: " + origin + "）：只有本机填报页面可以保存报表";
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "拒绝来自其他网页的请求（Sec-Fetch-Site: " + site + "）";
        }
        String given = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "缺少或错误的填报令牌：请从 serve 打印的地址重新打开填报页面";
        }
        if (post && !String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json")) {
            return "请求应为 application/json";
        }
        return null;
    }

    private boolean isThisOrigin(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port);
    }

    /** The Host a browser sends for this server; anything else is DNS rebinding or another server's page. */
    private boolean hostIsThisServer(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    private void page(HttpExchange ex) throws IOException {
        String html = new String(resourceBytes("fill.html"), StandardCharsets.UTF_8).replace("{{token}}", token);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Frame-Options", "DENY");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void resource(HttpExchange ex, String name, String type) throws IOException {
        send(ex, 200, type, resourceBytes(name));
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = FillRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/nianbao/serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> body(HttpExchange ex) throws IOException {
        byte[] bytes = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new FillService.Refused(413, "请求过大");
        }
        return FillJson.read(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null) {
            return q;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void json(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", FillJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("message", message));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }
}
