package org.bihuan.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Prints a report of tables (a monthly report sent upward) as a landscape A4 PDF with the letters' embedded fonts
 * ({@link DocumentFonts}: an office's own, then the bundled one, per character): a title, lines under it,
 * each table with a heading and a ruled grid whose heading row repeats on every page it runs over, then the issuing
 * office and the date.
 */
@Component
public class TablePdf {

    /** A report: its title, lines under the title, the tables, and who issues it on which day. */
    public record Report(String title, List<String> subtitle, List<Table> tables, String signatory, LocalDate date) {

        public Report {
            Objects.requireNonNull(title, "title");
            subtitle = subtitle == null ? List.of() : List.copyOf(subtitle);
            tables = List.copyOf(tables);
        }
    }

    /** One table: its heading, the column headings and the rows (already as text), and notes under it. */
    public record Table(String heading, List<String> header, List<List<String>> rows, List<String> notes) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 42;
    private static final float TITLE_SIZE = 18;
    private static final float TEXT_SIZE = 10;
    private static final float MAX_CELL_SIZE = 10;
    private static final float MIN_CELL_SIZE = 6;
    private static final float PAD = 4;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentFonts fonts;

    TablePdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Report report) {
        try (DocumentFonts.Chain chain = fonts.open(); PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = new PdfFonts(document, chain);
            new Printer(document, pdfFonts).print(report);
            chain.warnAboutMissing(report.title());
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(report.title());
            information.setAuthor(report.signatory());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the report " + report.title(), e);
        }
    }

    /** Lays the report out page by page, top to bottom. */
    private static final class Printer {

        private final PDDocument document;
        private final PdfFonts fonts;
        private PDPageContentStream content;
        private float y;

        Printer(PDDocument document, PdfFonts fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void print(Report report) throws IOException {
            newPage();
            centred(report.title(), TITLE_SIZE);
            y -= 6;
            for (String line : report.subtitle()) {
                centred(line, TEXT_SIZE);
            }
            y -= 8;
            for (Table table : report.tables()) {
                table(table);
                y -= 10;
            }
            if (report.signatory() != null) {
                room(3 * TEXT_SIZE * 1.6f);
                right(report.signatory(), TEXT_SIZE + 2);
                if (report.date() != null) {
                    right(CHINESE_DATE.format(report.date()), TEXT_SIZE + 2);
                }
            }
            content.close();
        }

        private void table(Table table) throws IOException {
            float available = LANDSCAPE.getWidth() - 2 * MARGIN;
            List<List<String>> all = new ArrayList<>();
            all.add(printable(table.header()));
            table.rows().forEach(row -> all.add(printable(row)));
            int columns = table.header().size();
            float[] natural = new float[columns];
            for (List<String> row : all) {
                for (int c = 0; c < columns && c < row.size(); c++) {
                    natural[c] = Math.max(natural[c], width(row.get(c), 1) + 2 * PAD / MAX_CELL_SIZE);
                }
            }
            float sum = 0;
            for (float w : natural) {
                sum += w;
            }
            float size = Math.max(MIN_CELL_SIZE, Math.min(MAX_CELL_SIZE, available / sum));
            float[] widths = new float[columns];
            float total = 0;
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] * size;
                total += widths[c];
            }
            if (total < available) {
                // spread what is left over the columns so the grid spans the page
                for (int c = 0; c < columns; c++) {
                    widths[c] += (available - total) / columns;
                }
            }
            float rowHeight = size * 1.9f;
            room(TEXT_SIZE * 2 + 2 * rowHeight);
            left(fonts.printable(table.heading()), TEXT_SIZE + 2);
            y -= 2;
            row(all.get(0), widths, size, rowHeight, true);
            for (int r = 1; r < all.size(); r++) {
                if (y - rowHeight < MARGIN) {
                    newPage();
                    row(all.get(0), widths, size, rowHeight, true);
                }
                row(all.get(r), widths, size, rowHeight, false);
            }
            for (String note : table.notes()) {
                room(TEXT_SIZE * 1.5f);
                left(fonts.printable(note), TEXT_SIZE - 2);
            }
        }

        private void row(List<String> cells, float[] widths, float size, float height, boolean heading) throws IOException {
            float x = MARGIN;
            float top = y;
            float bottom = y - height;
            content.setLineWidth(heading ? 0.8f : 0.4f);
            content.addRect(MARGIN, bottom, sum(widths), height);
            content.stroke();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    content.moveTo(x, top);
                    content.lineTo(x, bottom);
                    content.stroke();
                }
                String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                float textWidth = width(text, size);
                float textX = !heading && NUMBER.matcher(text).matches() ? x + widths[c] - PAD - textWidth : x + PAD;
                text(text, textX, bottom + (height - size) / 2 + size * 0.15f, size);
                x += widths[c];
            }
            y = bottom;
        }

        private void centred(String text, float size) throws IOException {
            String printable = fonts.printable(text);
            y -= size * 1.6f;
            text(printable, (LANDSCAPE.getWidth() - width(printable, size)) / 2, y, size);
        }

        private void left(String text, float size) throws IOException {
            y -= size * 1.6f;
            text(text, MARGIN, y, size);
        }

        private void right(String text, float size) throws IOException {
            String printable = fonts.printable(text);
            y -= size * 1.6f;
            text(printable, LANDSCAPE.getWidth() - MARGIN - width(printable, size), y, size);
        }

        private void text(String text, float x, float baseline, float size) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            fonts.show(content, text, size);
            content.endText();
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(LANDSCAPE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = LANDSCAPE.getHeight() - MARGIN;
        }

        private float width(String text, float size) throws IOException {
            return fonts.width(text, size);
        }

        private List<String> printable(List<String> cells) {
            return cells.stream().map(c -> c == null ? "" : fonts.printable(c)).toList();
        }

        private static float sum(float[] widths) {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            return sum;
        }
    }
}
