package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence files: kept only when their content is a PDF, JPEG or PNG, and shown only to who sees the case. */
class ComplaintAttachmentsApiTest extends ComplaintApiScenario {

    /** A complete one-page PDF document. */
    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
            2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
            3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj
            trailer <</Root 1 0 R>>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsStoredListedAndDownloadedAsItWasUploaded() {
        String caseNo = fileComplaint();

        Reply uploaded = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "contract.pdf", MediaType.APPLICATION_PDF, PDF);

        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode attachment = uploaded.json();
        long id = attachment.get("id").asLong();
        assertThat(attachment.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(attachment.get("filename").asText()).isEqualTo("contract.pdf");
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(attachment.get("uploadedBy").asText()).isEqualTo("ent-a");
        assertThat(uploaded.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/api/complaints/" + caseNo + "/attachments/" + id);

        Reply list = as("ent-a").get("/api/complaints/" + caseNo + "/attachments");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).singleElement().satisfies(listed -> {
            assertThat(listed.get("id").asLong()).isEqualTo(id);
            assertThat(listed.get("filename").asText()).isEqualTo("contract.pdf");
        });

        Reply download = as("ent-a").get("/api/complaints/" + caseNo + "/attachments/" + id);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("contract.pdf");

        assertThat(complaint("ent-a", caseNo).get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("ATTACHMENT");
            assertThat(event.get("note").asText()).isEqualTo("contract.pdf");
        });
    }

    @Test
    void pngAndJpegImagesAreRecognisedByTheirContentWhateverTheBrowserDeclares() throws IOException {
        String caseNo = fileComplaint();
        byte[] jpegImage = image("jpeg");

        Reply png = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "invoice-scan.png",
                MediaType.APPLICATION_OCTET_STREAM, image("png"));
        Reply jpeg = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "delivery-note.jpg",
                MediaType.APPLICATION_OCTET_STREAM, jpegImage);

        assertThat(png.status()).as(png.text()).isEqualTo(201);
        assertThat(png.json().get("contentType").asText()).isEqualTo("image/png");
        assertThat(jpeg.status()).as(jpeg.text()).isEqualTo(201);
        assertThat(jpeg.json().get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(as("ent-a").get("/api/complaints/" + caseNo + "/attachments").json())
                .extracting(a -> a.get("filename").asText()).containsExactly("invoice-scan.png", "delivery-note.jpg");
        Reply download = as("ent-a").get("/api/complaints/" + caseNo + "/attachments/" + jpeg.json().get("id").asLong());
        assertThat(download.contentType()).isEqualTo("image/jpeg");
        assertThat(download.body()).isEqualTo(jpegImage);
    }

    @Test
    void aTextFileNamedPdfIsRefusedNamingTheFile() {
        String caseNo = fileComplaint();

        Reply reply = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "contract.pdf", MediaType.APPLICATION_PDF,
                "这是一份合同的文字稿，不是 PDF。".getBytes(StandardCharsets.UTF_8));

        assertRefusedFile(reply);
        assertThat(as("ent-a").get("/api/complaints/" + caseNo + "/attachments").json()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        String caseNo = fileComplaint();

        Reply reply = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "empty.pdf", MediaType.APPLICATION_PDF, new byte[0]);

        assertRefusedFile(reply);
        assertThat(as("ent-a").get("/api/complaints/" + caseNo + "/attachments").json()).isEmpty();
    }

    @Test
    void anotherEnterpriseCanNeitherListNorDownloadNorAddEvidence() {
        String caseNo = fileComplaint();
        long id = as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "contract.pdf", MediaType.APPLICATION_PDF, PDF)
                .json().get("id").asLong();

        assertThat(as("ent-b").get("/api/complaints/" + caseNo + "/attachments").status()).isEqualTo(404);
        Reply download = as("ent-b").get("/api/complaints/" + caseNo + "/attachments/" + id);
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.body()).isNotEqualTo(PDF);
        assertThat(as("ent-b").upload("/api/complaints/" + caseNo + "/attachments", "forged.pdf", MediaType.APPLICATION_PDF, PDF)
                .status()).isEqualTo(404);
        assertThat(as("ent-a").get("/api/complaints/" + caseNo + "/attachments").json()).hasSize(1);
    }

    @Test
    void anAttachmentOfAnotherCaseIsNotFoundThroughThisCase() {
        String mine = fileComplaint();
        String other = fileComplaint();
        long id = as("ent-a").upload("/api/complaints/" + other + "/attachments", "contract.pdf", MediaType.APPLICATION_PDF, PDF)
                .json().get("id").asLong();

        assertThat(as("ent-a").get("/api/complaints/" + mine + "/attachments/" + id).status()).isEqualTo(404);
    }

    private static void assertRefusedFile(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.errorFields()).containsExactly("file");
    }

    /** A real image file written by the JDK, not just the format's first bytes. */
    private static byte[] image(String format) throws IOException {
        BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(pixel, format, out)).as("an ImageIO writer for " + format).isTrue();
        return out.toByteArray();
    }
}
