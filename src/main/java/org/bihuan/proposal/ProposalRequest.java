package org.bihuan.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a member files (POST /api/proposals). One issue per proposal (一事一案). */
record ProposalRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(min = 20, max = 50000, message = "must hold the problem, the analysis and concrete suggestions (20 to 50000 characters)") String content,
        @NotBlank @Size(max = 100) String category,
        @NotBlank @Pattern(regexp = "INDIVIDUAL|JOINT|COLLECTIVE", message = "must be one of INDIVIDUAL, JOINT, COLLECTIVE") String type,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> cosigners) {

    List<String> cosignersOrEmpty() {
        return cosigners == null ? List.of() : cosigners;
    }
}
