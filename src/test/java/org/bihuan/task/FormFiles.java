package org.bihuan.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real form files at the top of the project, read without Spring. */
final class FormFiles {

    static final Path DIRECTORY = Path.of("forms");

    private FormFiles() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".form")).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String json(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static FormSchema schema(String formId) {
        return FormSchema.parse(json(DIRECTORY.resolve(formId + ".form")));
    }
}
