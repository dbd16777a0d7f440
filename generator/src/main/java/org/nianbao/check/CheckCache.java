package org.nianbao.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Severity;
import org.nianbao.form.Figure;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.Value;
import org.nianbao.model.Catalog;
import org.nianbao.model.Report;
import org.nianbao.model.Site;

/**
 * Each report file's checked result from the last check, by its path and the SHA-256 of its bytes, so that
 * a rebuild neither parses nor checks a source that has not changed. A result holds only for the same
 * context: nianbao's code, {@code site.yaml}, the site's forms and the check options; any other context
 * checks every source again. Kept beside the column as {@code .<name>.checked}; a file that cannot be read
 * costs a full check, never a wrong result.
 */
public final class CheckCache {
    private static final String HEADER = "nianbao-checked 3";

    /** What the check found in one report file. */
    record Entry(String hash, Report report, List<Diagnostic> diagnostics) {
    }

    private record Stored(String hash, byte[] bytes) {
    }

    private final Path file;
    private final String code;
    private final String storedContext;
    private final Map<String, Stored> stored;
    /** Each form view met while decoding, with its rows by path: a province's reports share a dozen. */
    private final Map<String, View> views = new java.util.concurrent.ConcurrentHashMap<>();

    private record View(FormDefinition form, Map<String, Row> rows) {
        static View of(FormDefinition form) {
            Map<String, Row> rows = new HashMap<>();
            collect(form.sections().stream().flatMap(s -> s.rows().stream()).toList(), rows);
            return new View(form, rows);
        }

        private static void collect(List<Row> list, Map<String, Row> rows) {
            for (Row r : list) {
                rows.put(r.path(), r);
                collect(r.children(), rows);
            }
        }
    }

    /** Parse and check calls saved by this cache so far: tests count them. */
    private int hits;

    private CheckCache(Path file, String code, String storedContext, Map<String, Stored> stored) {
        this.file = file;
        this.code = code;
        this.storedContext = storedContext;
        this.stored = stored;
    }

    /** No cache: every source is parsed and checked, nothing is kept. */
    public static CheckCache none() {
        return new CheckCache(null, "", "", Map.of());
    }

    /** The cache kept in {@code file} (empty when there is none yet), for checks by nianbao code {@code code}. */
    public static CheckCache open(Path file, String code) {
        Map<String, Stored> stored = new HashMap<>();
        String context = "";
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                if (string(in).equals(HEADER)) {
                    context = string(in);
                    for (int n = in.readInt(); n > 0; n--) {
                        String path = string(in);
                        String hash = string(in);
                        stored.put(path, new Stored(hash, in.readNBytes(in.readInt())));
                    }
                }
            } catch (IOException | RuntimeException e) {
                stored.clear(); // a torn or foreign file: check everything
                context = "";
            }
        }
        return new CheckCache(file, code, context, stored);
    }

    /** Whether the file at {@code relative} with these bytes may be answered from the cache: then it need not be parsed. */
    public boolean mayHave(String relative, String hash) {
        Stored s = stored.get(relative);
        return s != null && s.hash().equals(hash);
    }

    /** How many reports were taken from the cache, unparsed and unchecked. */
    public int hits() {
        return hits;
    }

    /** The context a result holds for: the code, the bytes of {@code site.yaml} and the forms, the options. */
    String context(Map<String, String> siteAndFormHashes, CheckOptions options) {
        return org.nianbao.source.Sha256.of((code + "\n" + siteAndFormHashes + "\n" + options.buildDate() + " "
                + options.allowRawHtml() + " " + options.catalog()).getBytes(StandardCharsets.UTF_8));
    }

    /** The stored result of {@code relative} with {@code hash}, or {@code null} when it must be checked. */
    Entry get(String context, String relative, String hash, Map<String, FormDefinition> forms) {
        Stored s = stored.get(relative);
        if (file == null || !context.equals(storedContext) || s == null || !s.hash().equals(hash)) {
            return null;
        }
        try {
            Entry e = decode(hash, s.bytes(), forms, views);
            synchronized (this) {
                hits++;
            }
            return e;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Keeps {@code entries} (by file path) as the cache for {@code context}, replacing the file in one rename. */
    void write(String context, Map<String, Entry> entries) {
        if (file == null || context.equals(storedContext) && entries.size() == stored.size()
                && entries.entrySet().stream().allMatch(e -> mayHave(e.getKey(), e.getValue().hash()))) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                string(out, HEADER);
                string(out, context);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    Stored same = context.equals(storedContext) ? stored.get(e.getKey()) : null;
                    byte[] encoded = same != null && same.hash().equals(e.getValue().hash()) ? same.bytes()
                            : encode(e.getValue());
                    string(out, e.getKey());
                    string(out, e.getValue().hash());
                    out.writeInt(encoded.length);
                    out.write(encoded);
                }
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs the next build its check
        }
    }

    static byte[] encode(Entry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entry.diagnostics().size());
            for (Diagnostic d : entry.diagnostics()) {
                out.writeByte(d.severity().ordinal());
                string(out, d.file());
                out.writeInt(d.line());
                out.writeInt(d.column());
                string(out, d.subject());
                string(out, d.message());
            }
            Report r = entry.report();
            out.writeBoolean(r != null);
            if (r != null) {
                string(out, r.file());
                site(out, r.site());
                out.writeInt(r.year());
                out.writeLong(r.published() == null ? Long.MIN_VALUE : r.published().toEpochDay());
                string(out, r.form().id());
                string(out, r.form().edition().id());
                out.writeInt(r.year());
                out.writeInt(r.figures().size());
                for (Figure f : r.figures().values()) {
                    string(out, f.row().path());
                    out.writeInt(f.line());
                    out.writeInt(f.column());
                    out.writeBoolean(f.computed());
                    value(out, f.value());
                }
                string(out, r.body());
                string(out, r.sourceHash());
                Catalog c = r.catalog();
                for (String part : new String[] {c.index(), c.category(), c.publisher(), c.number(), c.validity()}) {
                    string(out, part);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Entry decode(String hash, byte[] bytes, Map<String, FormDefinition> forms, Map<String, View> views)
            throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            diagnostics.add(new Diagnostic(Severity.values()[in.readByte()], string(in), in.readInt(), in.readInt(),
                    string(in), string(in)));
        }
        Report report = null;
        if (in.readBoolean()) {
            String file = string(in);
            Site site = site(in);
            int year = in.readInt();
            long published = in.readLong();
            FormDefinition form = forms.get(string(in));
            String edition = string(in);
            int viewYear = in.readInt();
            View view = views.computeIfAbsent(form.id() + " " + edition + " " + viewYear,
                    k -> View.of(form.forReport(form.edition(edition).orElseThrow(), viewYear)));
            Map<String, Figure> figures = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                Row row = java.util.Objects.requireNonNull(view.rows().get(string(in)));
                int line = in.readInt();
                int column = in.readInt();
                boolean computed = in.readBoolean();
                figures.put(row.path(), new Figure(row, value(in, row), line, column, computed));
            }
            report = new Report(file, site, year, published == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(published),
                    view.form(), figures, string(in), string(in),
                    new Catalog(string(in), string(in), string(in), string(in), string(in)));
        }
        return new Entry(hash, report, List.copyOf(diagnostics));
    }

    private static void site(DataOutputStream out, Site s) throws IOException {
        string(out, s.slug());
        string(out, s.name());
        string(out, s.level());
        out.writeInt(s.since());
        monthDay(out, s.deadline());
        monthDay(out, s.xxgkDeadline());
        out.writeBoolean(s.government());
        out.writeBoolean(s.website());
        string(out, s.body());
    }

    private static Site site(DataInputStream in) throws IOException {
        return new Site(string(in), string(in), string(in), in.readInt(), monthDay(in), monthDay(in), in.readBoolean(),
                in.readBoolean(), string(in));
    }

    private static void monthDay(DataOutputStream out, MonthDay d) throws IOException {
        out.writeByte(d == null ? 0 : d.getMonthValue());
        out.writeByte(d == null ? 0 : d.getDayOfMonth());
    }

    private static MonthDay monthDay(DataInputStream in) throws IOException {
        int month = in.readByte();
        int day = in.readByte();
        return month == 0 ? null : MonthDay.of(month, day);
    }

    private static final int COUNT = 1, DECIMAL = 2, YES_NO = 3, TEXT = 4, DATE = 5, QUARTERS = 6, MATRIX = 7,
            ACCOUNTS = 8, CHOICES = 9;

    private static void value(DataOutputStream out, Value v) throws IOException {
        if (v instanceof Value.Count c) {
            out.writeByte(COUNT);
            out.writeLong(c.value());
        } else if (v instanceof Value.Decimal d) {
            out.writeByte(DECIMAL);
            string(out, d.value().toString());
        } else if (v instanceof Value.YesNo y) {
            out.writeByte(YES_NO);
            out.writeBoolean(y.value());
        } else if (v instanceof Value.Text t) {
            out.writeByte(TEXT);
            string(out, t.value());
        } else if (v instanceof Value.Date d) {
            out.writeByte(DATE);
            out.writeLong(d.value().toEpochDay());
        } else if (v instanceof Value.Quarters q) {
            out.writeByte(QUARTERS);
            out.writeInt(q.cells().size());
            for (Map.Entry<Quarter, Value.Cell> e : q.cells().entrySet()) {
                out.writeByte(e.getKey().ordinal());
                cell(out, e.getValue());
            }
        } else if (v instanceof Value.Matrix m) {
            out.writeByte(MATRIX);
            out.writeInt(m.cells().size());
            for (Map.Entry<String, Value.Cell> e : m.cells().entrySet()) {
                string(out, e.getKey());
                cell(out, e.getValue());
            }
        } else if (v instanceof Value.Accounts a) {
            out.writeByte(ACCOUNTS);
            out.writeInt(a.accounts().size());
            for (Value.Account account : a.accounts()) {
                out.writeInt(account.fields().size());
                for (Map.Entry<String, Value> f : account.fields().entrySet()) {
                    string(out, f.getKey());
                    value(out, f.getValue());
                }
            }
        } else if (v instanceof Value.Choices c) {
            out.writeByte(CHOICES);
            out.writeInt(c.chosen().size());
            for (String s : c.chosen()) {
                string(out, s);
            }
        } else {
            throw new IllegalArgumentException("no encoding for " + v);
        }
    }

    /** A value of {@code row} (a matrix takes its columns from the row, as the reader gives them). */
    private static Value value(DataInputStream in, Row row) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case COUNT:
                return new Value.Count(in.readLong());
            case DECIMAL:
                return new Value.Decimal(new BigDecimal(string(in)));
            case YES_NO:
                return new Value.YesNo(in.readBoolean());
            case TEXT:
                return new Value.Text(string(in));
            case DATE:
                return new Value.Date(LocalDate.ofEpochDay(in.readLong()));
            case QUARTERS: {
                Map<Quarter, Value.Cell> cells = new EnumMap<>(Quarter.class);
                for (int n = in.readInt(); n > 0; n--) {
                    cells.put(Quarter.values()[in.readByte()], cell(in));
                }
                return new Value.Quarters(cells);
            }
            case MATRIX: {
                Map<String, Value.Cell> cells = new LinkedHashMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    cells.put(string(in), cell(in));
                }
                return new Value.Matrix(row.columns(), cells);
            }
            case ACCOUNTS: {
                List<Value.Account> accounts = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    Map<String, Value> fields = new LinkedHashMap<>();
                    for (int k = in.readInt(); k > 0; k--) {
                        fields.put(string(in), value(in, row));
                    }
                    accounts.add(new Value.Account(fields));
                }
                return new Value.Accounts(accounts);
            }
            case CHOICES: {
                List<String> chosen = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    chosen.add(string(in));
                }
                return new Value.Choices(chosen);
            }
            default:
                throw new IOException("unknown value tag " + tag);
        }
    }

    private static void cell(DataOutputStream out, Value.Cell c) throws IOException {
        string(out, c.value().toString());
        out.writeBoolean(c.computed());
        out.writeInt(c.line());
        out.writeInt(c.column());
    }

    private static Value.Cell cell(DataInputStream in) throws IOException {
        return new Value.Cell(new BigDecimal(string(in)), in.readBoolean(), in.readInt(), in.readInt());
    }

    /** Strings of any length (DataOutput's UTF stops at 64 KB), as UTF-8; {@code null} too. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
