package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Fixtures;
import org.nianbao.Nianbao;
import org.nianbao.diagnostic.Diagnostic;

/** The 填报 routes of the preview: refused to other origins, checked by the build's code, saved without losing edits. */
@Timeout(60)
class FillRoutesTest {
    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Path src;
    private PreviewServer server;
    private String token;
    private String origin;

    @BeforeEach
    void start() throws Exception {
        src = Fixtures.copyDemo(tmp.resolve("src"));
        server = PreviewServer.start(Config.builder(src).outputDirectory(tmp.resolve("column")).build(), 0,
                new PreviewServer.Listener() {
                    @Override
                    public void built(BuildResult result, long millis) {
                    }

                    @Override
                    public void failed(Exception e) {
                    }
                });
        origin = "http://127.0.0.1:" + server.address().getPort();
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.fillAddress()).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        Matcher m = Pattern.compile("name=\"nianbao-fill-token\" content=\"([0-9a-f]{64})\"").matcher(page.body());
        assertTrue(m.find(), page.body());
        token = m.group(1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requestsWithoutTheTokenOrFromAnotherOriginAreRefused() throws Exception {
        String body = FillJson.write(Map.of("year", "2023", "site", "jiaoyuju", "baseText", "", "baseHash", "", "values", Map.of()));
        HttpRequest.Builder save = HttpRequest.newBuilder(api("save")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        assertEquals(403, send(save.copy().header("Origin", origin)).statusCode(), "no token");
        assertEquals(403, send(save.copy().header("Origin", origin).header(FillRoutes.TOKEN_HEADER, "0".repeat(64))).statusCode(),
                "a wrong token");
        HttpResponse<String> other = send(save.copy().header("Origin", "https://evil.example").header(FillRoutes.TOKEN_HEADER, token));
        assertEquals(403, other.statusCode(), "another origin, even with the token");
        assertTrue(other.body().contains("拒绝来自其他网页的请求"), other.body());
        assertEquals(403, send(save.copy().header(FillRoutes.TOKEN_HEADER, token)).statusCode(), "a POST without Origin");
        assertEquals(403, send(save.copy().header("Origin", origin).header(FillRoutes.TOKEN_HEADER, token)
                .header("Sec-Fetch-Site", "cross-site")).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(api("report") + "?year=2023&site=jiaoyuju")).GET()).statusCode(),
                "reading a report needs the token too");
        assertEquals("HTTP/1.1 403 Forbidden", rawStatus("GET", "/_nianbao/fill/", "evil.example:" + server.address().getPort()));
        assertEquals("HTTP/1.1 403 Forbidden", rawStatus("GET", "/_nianbao/fill/", "127.0.0.1:1"), "another port's host");
        assertFalse(Files.exists(src.resolve("reports/2023/jiaoyuju.md.draft")));
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(api("report") + "?year=2023&site=jiaoyuju"))
                .header(FillRoutes.TOKEN_HEADER, token).GET()).statusCode());
    }

    @Test
    void aBadFigureGetsTheBuildsMessageAtItsRow() throws Exception {
        Map<String, Object> opened = open(2023, "jiaoyuju");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        values.put("publish.total", "1,214");
        Map<String, Object> checked = post("check", request(opened, values, false)).body;
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        String broken = Files.readString(report).replace("  总数: 1214\n", "  总数: 1,214\n");
        Files.writeString(report, broken);
        BuildResult build = Nianbao.check(Config.builder(src).outputDirectory(tmp.resolve("c2")).build());
        Diagnostic expected = build.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        List<?> problems = (List<?>) checked.get("problems");
        Map<?, ?> first = (Map<?, ?>) problems.stream().filter(p -> "error".equals(((Map<?, ?>) p).get("severity"))).findFirst()
                .orElseThrow();
        assertEquals("publish.total", first.get("key"));
        assertEquals(expected.message(), first.get("message"));
        assertEquals(expected.toString(), first.get("text"));
        assertEquals(1, checked.get("errors"));
    }

    @Test
    void theSupervisionReportsComputedFiguresAreMarked() throws Exception {
        Map<String, Object> opened = open(2023, "supervision");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        values.remove("sample.ratio");
        values.remove("sample.accountability.total");
        Map<String, Object> checked = post("check", request(opened, values, false)).body;
        assertEquals(0, checked.get("errors"), String.valueOf(checked.get("problems")));
        Map<?, ?> derived = (Map<?, ?>) checked.get("derived");
        assertEquals("50.0", derived.get("sample.ratio/第一季度"));
        assertEquals("64.3", derived.get("sample.ratio/全年"));
        assertEquals("3", derived.get("sample.accountability.total/全年"));
    }

    @Test
    void figuresAreComputedWhileOthersStillHaveErrors() throws Exception {
        Map<String, Object> opened = open(2024, "supervision");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sample.sites", "10");
        values.put("sample.checked", Map.of("第一季度", "5", "第二季度", "10", "第三季度", "2", "第四季度", "1"));
        Map<String, Object> checked = post("check", request(opened, values, false)).body;
        assertTrue((Integer) checked.get("errors") > 10, "the rest of the form is still empty");
        Map<?, ?> derived = (Map<?, ?>) checked.get("derived");
        assertEquals("18", derived.get("sample.checked/全年"));
        assertEquals("50.0", derived.get("sample.ratio/第一季度"));
        assertEquals("100.0", derived.get("sample.ratio/第二季度"));
    }

    @Test
    void theIndexListsEachYearsReportsAndWhatIsStillToFill() throws Exception {
        Files.writeString(src.resolve("reports/2023/chengxi.md.draft"), "---\n年度: 2023\n---\n");
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("index")).header(FillRoutes.TOKEN_HEADER, token).GET());
        assertEquals(200, r.statusCode(), r.body());
        List<?> years = (List<?>) FillJson.read(r.body()).get("years");
        Map<?, ?> y2023 = years.stream().map(y -> (Map<?, ?>) y).filter(y -> Integer.valueOf(2023).equals(y.get("year")))
                .findFirst().orElseThrow();
        List<?> reports = (List<?>) y2023.get("reports");
        assertEquals(15, reports.stream().filter(e -> !((Map<?, ?>) e).get("site").toString().endsWith(".xxgk")).count(),
                "the supervision report and the 14 sites");
        try (java.util.stream.Stream<Path> files = Files.list(src.resolve("reports/2023"))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".xxgk.md")).count(),
                    reports.size() - 15, "and each body's 政府信息公开工作年度报告, the 机关's too");
        }
        Map<?, ?> chengxi = reports.stream().map(e -> (Map<?, ?>) e).filter(e -> "chengxi".equals(e.get("site"))).findFirst()
                .orElseThrow();
        assertEquals(true, chengxi.get("exists"));
        assertEquals(true, chengxi.get("draft"));
        Map<?, ?> y2018 = years.stream().map(y -> (Map<?, ?>) y).filter(y -> Integer.valueOf(2018).equals(y.get("year")))
                .findFirst().orElseThrow();
        assertEquals(2, ((List<?>) y2018.get("reports")).size(), "in 2018 only the portal (起始年度) and the supervision report");
    }

    @Test
    void aCellOfTheXxgkMatrixGetsTheBuildsMessage() throws Exception {
        Fixtures.useXxgkFixtures(src);
        Map<String, Object> opened = open(2023, "jiaoyuju.xxgk");
        assertEquals("reports/2023/jiaoyuju.xxgk.md", opened.get("file"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        @SuppressWarnings("unchecked")
        Map<String, Object> cells = new LinkedHashMap<>((Map<String, Object>) values.get("requests.new"));
        cells.put("person", "16");
        values.put("requests.new", cells);
        Map<String, Object> checked = post("check", request(opened, values, false)).body;
        List<?> problems = (List<?>) checked.get("problems");
        assertTrue(problems.stream().map(p -> (Map<?, ?>) p).anyMatch(p -> "requests.new/total".equals(p.get("key"))
                && String.valueOf(p.get("message")).contains("19")), String.valueOf(problems));
        cells.put("person", "15");
        @SuppressWarnings("unchecked")
        Map<String, Object> carried = new LinkedHashMap<>((Map<String, Object>) values.get("requests.carried"));
        carried.put("person", "5");
        carried.put("total", "5");
        values.put("requests.carried", carried);
        @SuppressWarnings("unchecked")
        Map<String, Object> forward = new LinkedHashMap<>((Map<String, Object>) values.get("requests.forward"));
        forward.put("person", "3");
        forward.put("total", "3"); // new + carried = handled + forward still holds: only last year's report disagrees
        values.put("requests.forward", forward);
        Map<String, Object> across = post("check", request(opened, values, false)).body;
        BuildResult build = Nianbao.check(Config.builder(src).outputDirectory(tmp.resolve("c3")).build());
        assertTrue(build.ok(), "the sources as they are have no error");
        assertTrue(((List<?>) across.get("problems")).stream().map(p -> (Map<?, ?>) p)
                .anyMatch(p -> String.valueOf(p.get("message")).contains("2022 年度报告（reports/2022/jiaoyuju.xxgk.md）")),
                "上年结转 is checked against last year's report, as the build does: " + across.get("problems"));
        values.put("requests.carried", ((Map<?, ?>) opened.get("values")).get("requests.carried"));
        values.put("requests.forward", ((Map<?, ?>) opened.get("values")).get("requests.forward"));
        Answer saved = post("save", request(opened, values, false));
        assertEquals(200, saved.status, String.valueOf(saved.body));
        assertEquals(new String(FillRoutesTest.class.getResourceAsStream("/xxgk/reports/2023/jiaoyuju.xxgk.md").readAllBytes(),
                StandardCharsets.UTF_8), Files.readString(src.resolve("reports/2023/jiaoyuju.xxgk.md")), "saved unchanged");

        Map<String, Object> next = open(2024, "jiaoyuju.xxgk");
        assertEquals("lastYear", next.get("from"));
        Object cleared = ((Map<?, ?>) next.get("values")).get("requests.new");
        assertTrue(cleared == null || ((Map<?, ?>) cleared).isEmpty(), "every matrix cleared: " + cleared);
        assertTrue(String.valueOf(next.get("baseText")).contains("\n## 一、总体情况\n"), "last year's headings as the outline");
    }

    @Test
    void aReportThatIsASymbolicLinkIsNeitherShownNorWritten() throws Exception {
        Path outside = tmp.resolve("outside.md");
        Files.writeString(outside, "secret");
        Path report = src.resolve("reports/2023/chengxi.md");
        Files.delete(report);
        Files.createSymbolicLink(report, outside);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(api("report") + "?year=2023&site=chengxi"))
                .header(FillRoutes.TOKEN_HEADER, token).GET());
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("reports/2023/chengxi.md 不能是符号链接"), r.body());
        assertFalse(r.body().contains("secret"));
    }

    @Test
    void eachReportPageLinksToItsFillPage() throws Exception {
        String page = send(HttpRequest.newBuilder(server.address().resolve("2023/jiaoyuju/")).GET()).body();
        assertTrue(page.contains("href=\"/_nianbao/fill/?year=2023&amp;site=jiaoyuju\""), page);
        String year = send(HttpRequest.newBuilder(server.address().resolve("2023/")).GET()).body();
        assertFalse(year.contains("nianbao-fill-link"), "a year page is no report");
        String xxgk = send(HttpRequest.newBuilder(server.address().resolve("xxgk/2023/jiaoyuju/")).GET()).body();
        assertTrue(xxgk.contains("href=\"/_nianbao/fill/?year=2023&amp;site=jiaoyuju.xxgk\""), "its 信息公开 report's");
        String body = send(HttpRequest.newBuilder(server.address().resolve("xxgk/bodies/jiaoyuju/")).GET()).body();
        assertFalse(body.contains("nianbao-fill-link"), "a body's page is no report");
    }

    @Test
    void aReportWithErrorsIsNotSavedButItsDraftIsAndBuildsSkipIt() throws Exception {
        Map<String, Object> opened = open(2023, "jiaoyuju");
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        String before = Files.readString(report);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) opened.get("values"));
        values.put("publish.total", "-5");
        Answer refused = post("save", request(opened, values, false));
        assertEquals(422, refused.status);
        assertTrue(String.valueOf(refused.body.get("message")).contains("未保存"));
        assertEquals(before, Files.readString(report));

        Answer draft = post("save", request(opened, values, true));
        assertEquals(200, draft.status);
        Path draftFile = src.resolve("reports/2023/jiaoyuju.md.draft");
        assertTrue(Files.readString(draftFile).contains("  总数: -5\n"));
        assertEquals(List.of("reports/2023/jiaoyuju.md.draft"), PreviewServer.drafts(src));
        BuildResult build = Nianbao.check(Config.builder(src).outputDirectory(tmp.resolve("c2")).build());
        assertTrue(build.ok(), "a draft is no report: " + build.diagnostics());

        Map<String, Object> reopened = open(2023, "jiaoyuju");
        assertEquals("draft", reopened.get("from"));
        assertEquals("-5", ((Map<?, ?>) reopened.get("values")).get("publish.total"));
        values.put("publish.total", "1300");
        Answer saved = post("save", request(reopened, values, false));
        assertEquals(200, saved.status, String.valueOf(saved.body));
        assertTrue(Files.readString(report).contains("  总数: 1300\n"));
        assertFalse(Files.exists(draftFile), "the draft is gone once the report is saved");
    }

    @Test
    void aFileChangedOnDiskSinceItWasOpenedIsNotOverwritten() throws Exception {
        Map<String, Object> opened = open(2023, "jiaoyuju");
        Path report = src.resolve("reports/2023/jiaoyuju.md");
        String edited = Files.readString(report).replace("## 下一步工作", "## 下一步工作\n\n在编辑器中的改动。");
        Files.writeString(report, edited);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) opened.get("values");
        Answer conflict = post("save", request(opened, values, false));
        assertEquals(409, conflict.status);
        assertTrue(String.valueOf(conflict.body.get("message")).contains("已在磁盘上被修改"));
        assertEquals(edited, Files.readString(report));
    }

    @Test
    void nextYearsReportStartsFromLastYearsWithTheFiguresCleared() throws Exception {
        Map<String, Object> opened = open(2024, "jiaoyuju");
        assertEquals("lastYear", opened.get("from"));
        assertEquals("", opened.get("baseHash"));
        Map<?, ?> values = (Map<?, ?>) opened.get("values");
        assertEquals("示例市教育局", values.get("basic.name"));
        assertEquals("", values.get("publish.total"));
        String base = (String) opened.get("baseText");
        assertTrue(base.startsWith("---\n年度: 2024\n"), base);
        assertTrue(base.contains("  网站名称: 示例市教育局\n"), "facts kept, as new --year keeps them");
        assertTrue(FillText.write(base, formView(2024), 2024, Map.of(), null).contains("  总数:\n"), "figures cleared");
    }

    private static org.nianbao.form.FormDefinition formView(int year) {
        var f = org.nianbao.form.FormLoader.load(Fixtures.DEMO).get("work");
        return f.forReport(f.defaultEdition(year).orElseThrow(), year);
    }

    private static Map<String, Object> request(Map<String, Object> opened, Map<String, Object> values, boolean draft) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("year", opened.get("year"));
        r.put("site", opened.get("site"));
        r.put("baseText", opened.get("baseText"));
        r.put("baseHash", opened.get("baseHash"));
        r.put("values", values);
        r.put("narrative", opened.get("narrative"));
        r.put("draft", draft);
        return r;
    }

    private record Answer(int status, Map<String, Object> body) {
    }

    private Map<String, Object> open(int year, String site) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(api("report") + "?year=" + year + "&site=" + site))
                .header(FillRoutes.TOKEN_HEADER, token).GET());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> body = FillJson.read(r.body());
        assertNotNull(body.get("form"));
        return body;
    }

    private Answer post(String what, Map<String, Object> body) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api(what)).header("Content-Type", "application/json")
                .header("Origin", origin).header(FillRoutes.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(FillJson.write(body))));
        return new Answer(r.statusCode(), FillJson.read(r.body()));
    }

    private URI api(String what) {
        return server.fillAddress().resolve("api/" + what);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String rawStatus(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
