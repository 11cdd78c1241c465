package org.bihuan.calendar;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where holiday years come from: the files shipped in {@code classpath:calendar/}, then the
 * administrator's directory, whose {@code <year>.yaml} replaces the shipped year as a whole.
 */
final class HolidayFiles {

    private static final String SHIPPED = "classpath*:calendar/*.yaml";

    private HolidayFiles() {
    }

    /** Reads everything or throws {@link InvalidCalendarFileException}: never a partial set. */
    static Map<Integer, HolidayYear> load(Path directory) {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        for (HolidayYear year : shipped()) {
            years.put(year.year(), year);
        }
        for (HolidayYear year : fromDirectory(directory)) {
            years.put(year.year(), year);
        }
        return years;
    }

    private static Iterable<HolidayYear> shipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(HolidayFiles.class.getClassLoader())
                    .getResources(SHIPPED);
            return Stream.of(resources)
                    .map(resource -> HolidayFileParser.parse(resource.getFilename(), read(resource),
                            "classpath:calendar/" + resource.getFilename()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped holiday files " + SHIPPED, e);
        }
    }

    private static Iterable<HolidayYear> fromDirectory(Path directory) {
        if (directory == null || Files.notExists(directory)) {
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            throw new InvalidCalendarFileException(directory.toString(),
                    "bihuan.calendar.directory must be a directory of <year>.yaml files");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(file -> HolidayFileParser.parse(file.getFileName().toString(), read(file),
                            file.toAbsolutePath().normalize().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InvalidCalendarFileException(directory.toString(), "cannot list the directory: " + e, e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped holiday file " + resource, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCalendarFileException(file.toString(), "cannot be read as UTF-8 text: " + e, e);
        }
    }
}
