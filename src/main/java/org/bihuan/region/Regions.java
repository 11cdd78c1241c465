package org.bihuan.region;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bihuan.audit.AuditLog;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The administrative-division tree (GB/T 2260: province → city → county) as data. The dashboard rolls statistics up
 * the tree with {@link #within}: a unit's or a case's region counts for every division above it. An administrator
 * loads the full code list from a CSV file ({@link #load}), validated as a whole and idempotent.
 */
@Service
@Transactional(readOnly = true)
public class Regions {

    static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");
    /** the name column's width; the message "name is longer than 100 characters" says it */
    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Regions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Region> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from region where code = ?").param(code).query(Regions::region).optional();
    }

    /** The code and the codes of every division below it (a county: itself only); empty for an unknown code. */
    public Set<String> within(String code) {
        if (find(code).isEmpty()) {
            return Set.of();
        }
        List<String> codes = jdbc.sql("""
                        with recursive tree (code) as (
                            select code from region where code = ?
                            union all
                            select r.code from region r join tree t on r.parent_code = t.code)
                        select code from tree order by code""")
                .param(code).query(String.class).list();
        return Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    /** The divisions directly below the code, by code; the provinces for null. */
    public List<Region> children(String code) {
        if (code == null) {
            return jdbc.sql("select * from region where parent_code is null order by code").query(Regions::region).list();
        }
        return jdbc.sql("select * from region where parent_code = ? order by code").param(code).query(Regions::region).list();
    }

    /** From the province down to the division itself; empty for an unknown code. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        Optional<Region> region = find(code);
        while (region.isPresent() && path.size() < RegionLevel.values().length + 1) {
            path.add(0, region.get());
            region = region.get().parentCode() == null ? Optional.empty() : find(region.get().parentCode());
        }
        return path;
    }

    /** Every division, by code (a few thousand for the whole country). */
    public List<Region> all() {
        return jdbc.sql("select * from region order by code").query(Regions::region).list();
    }

    /** The divisions with exactly this name (names repeat across provinces: 鼓楼区), by code. */
    public List<Region> named(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select * from region where name = ? order by code").param(name.strip()).query(Regions::region).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from region").query(Long.class).single();
    }

    /**
     * Loads a GB/T 2260 code list: one division per line, {@code code,name} (the Ministry of Civil Affairs' list as
     * CSV, UTF-8, a header line allowed), optionally a third column with the parent's code where the code's digits do
     * not say it. The level comes from the code; the parent, when not given, is the nearest of the city and the
     * province codes that exists. The whole file is checked first: any bad line refuses all of it, naming each line
     * ({@code line 12}). Then new codes are added and changed names or parents updated; loading the same file twice
     * changes nothing.
     */
    @Transactional
    public RegionLoad load(byte[] csv) {
        List<Line> lines = parse(csv);
        Map<String, Region> existing = new LinkedHashMap<>();
        all().forEach(r -> existing.put(r.code(), r));
        Map<String, Line> inFile = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Line line : lines) {
            String field = "line " + line.number();
            if (!CODE.matcher(line.code()).matches()) {
                violations.add(new Violation(field, "code is not six digits"));
            } else if (inFile.containsKey(line.code())) {
                violations.add(new Violation(field, "code is listed twice"));
            } else {
                inFile.put(line.code(), line);
            }
            if (line.name().isBlank()) {
                violations.add(new Violation(field, "has no name"));
            } else if (line.name().length() > MAX_NAME) {
                violations.add(new Violation(field, "name is longer than 100 characters"));
            }
            if (line.parent() != null && !CODE.matcher(line.parent()).matches()) {
                violations.add(new Violation(field, "parent is not six digits"));
            }
        }
        if (lines.isEmpty()) {
            violations.add(new Violation("file", "holds no division"));
        }
        Map<String, Region> loaded = new LinkedHashMap<>();
        if (violations.isEmpty()) {
            for (Line line : inFile.values()) {
                RegionLevel level = RegionLevel.ofCode(line.code());
                String parent = line.parent() != null ? line.parent() : impliedParent(line.code(), level, inFile, existing);
                String field = "line " + line.number();
                if (level != RegionLevel.PROVINCE && parent == null) {
                    violations.add(new Violation(field, "province is neither in the file nor loaded"));
                } else if (parent != null && !inFile.containsKey(parent) && !existing.containsKey(parent)) {
                    violations.add(new Violation(field, "parent is neither in the file nor loaded"));
                } else if (parent != null && parent.equals(line.code())) {
                    violations.add(new Violation(field, "is its own parent"));
                } else {
                    loaded.put(line.code(), new Region(line.code(), line.name().strip(), parent, level));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        // parents first, so that the foreign key holds at every insert
        List<Region> ordered = new ArrayList<>(loaded.values());
        ordered.sort((a, b) -> a.level() != b.level() ? a.level().compareTo(b.level()) : a.code().compareTo(b.code()));
        for (Region region : ordered) {
            Region before = existing.get(region.code());
            if (before == null) {
                jdbc.sql("insert into region (code, name, parent_code, region_level) values (?, ?, ?, ?)")
                        .params(region.code(), region.name(), region.parentCode(), region.level().name()).update();
                added++;
            } else if (before.equals(region)) {
                unchanged++;
            } else {
                jdbc.sql("update region set name = ?, parent_code = ?, region_level = ? where code = ?")
                        .params(region.name(), region.parentCode(), region.level().name(), region.code()).update();
                changed++;
            }
        }
        RegionLoad result = new RegionLoad(added, changed, unchanged);
        if (added + changed > 0) {
            audit.record("region.loaded", "region", "GB/T 2260", Map.of("divisions", existing.size()),
                    Map.of("divisions", existing.size() + added, "added", added, "changed", changed));
        }
        return result;
    }

    /** The city code (xxyy00), else the province code (xx0000), whichever exists in the file or the table. */
    private static String impliedParent(String code, RegionLevel level, Map<String, Line> inFile, Map<String, Region> existing) {
        if (level == RegionLevel.PROVINCE) {
            return null;
        }
        String province = code.substring(0, 2) + "0000";
        if (level == RegionLevel.COUNTY) {
            String city = code.substring(0, 4) + "00";
            if (inFile.containsKey(city) || existing.containsKey(city)) {
                return city;
            }
        }
        return inFile.containsKey(province) || existing.containsKey(province) ? province : null;
    }

    private static List<Line> parse(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int number = (int) parser.getCurrentLineNumber();
                String code = record.get(0);
                if (lines.isEmpty() && record.getRecordNumber() == 1 && !code.isEmpty() && !Character.isDigit(code.charAt(0))) {
                    continue; // the header line
                }
                String name = record.size() > 1 ? record.get(1) : "";
                String parent = record.size() > 2 && !record.get(2).isBlank() ? record.get(2) : null;
                lines.add(new Line(number, code, name, parent));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidRequestException("file", "is not readable as CSV");
        }
        return lines;
    }

    private record Line(int number, String code, String name, String parent) {
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                RegionLevel.valueOf(rs.getString("region_level")));
    }
}
