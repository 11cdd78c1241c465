package org.bihuan.proposal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalReplyLetterApiTest extends ProposalApiScenario {

    @Test
    void theProposerDownloadsTheReplyLetterNamingTheProposalTheReplyAndTheUnit() throws IOException {
        String proposalNo = proposalReplied(true);

        Reply letter = as("member").get("/api/proposals/" + proposalNo + "/reply.pdf");

        assertThat(letter.status()).as(letter.text()).isEqualTo(200);
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        String text = textOf(letter.body());
        assertThat(text).contains(proposalNo, TITLE, "已将加装电梯补贴纳入年度财政预算", "市财政局", "郑委员");
    }

    @Test
    void theProposalCommitteeFetchesTheReplyLetterToo() throws IOException {
        String proposalNo = proposalReplied(false);

        Reply letter = as("committee").get("/api/proposals/" + proposalNo + "/reply.pdf");

        assertThat(letter.status()).as(letter.text()).isEqualTo(200);
        assertThat(textOf(letter.body())).contains(proposalNo, TITLE);
    }

    @Test
    void thereIsNoReplyLetterBeforeTheReplyAndNoneForAnotherMember() {
        String inHandling = proposalInHandling();
        assertThat(as("member").get("/api/proposals/" + inHandling + "/reply.pdf").status()).isEqualTo(409);

        String replied = proposalReplied(true);
        Reply stranger = as("member2").get("/api/proposals/" + replied + "/reply.pdf");

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.text()).doesNotStartWith("%PDF");
    }

    /** The letter's text with line breaks and spaces taken out, since the layout wraps long lines anywhere. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
