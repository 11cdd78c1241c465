package org.bihuan.proposal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * What a member files (POST /api/proposals). One issue per proposal (一事一案). The content is either one text
 * ({@code content}) or its three parts ({@code parts}: problem, analysis, suggestions), which are kept as such and
 * joined into the content everyone else reads.
 */
@ProposalRequest.ContentOrParts
record ProposalRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 50000) String content,
        @NotBlank @Size(max = 100) String category,
        @NotBlank @Pattern(regexp = "INDIVIDUAL|JOINT|COLLECTIVE", message = "must be one of INDIVIDUAL, JOINT, COLLECTIVE") String type,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> cosigners,
        @Valid Parts parts) {

    static final int MIN_CONTENT = 20;
    static final int MAX_CONTENT = 50000;
    static final String CONTENT_RULE = "must hold the problem, the analysis and concrete suggestions (20 to 50000 characters)";
    /** between the parts in the joined content: a paragraph break, no heading (headings are the reader's language) */
    static final String PART_BREAK = "\n\n";

    ProposalRequest(String title, String content, String category, String type, List<String> cosigners) {
        this(title, content, category, type, cosigners, null);
    }

    /** The three parts of a proposal's content, each required when the parts are given. */
    record Parts(@NotBlank @Size(max = 16000) String problem, @NotBlank @Size(max = 16000) String analysis,
                 @NotBlank @Size(max = 16000) String suggestions) {
    }

    List<String> cosignersOrEmpty() {
        return cosigners == null ? List.of() : cosigners;
    }

    /** The content as stored and read: the text given, or the parts joined. */
    String composedContent() {
        if (parts == null) {
            return content;
        }
        return String.join(PART_BREAK, strip(parts.problem()), strip(parts.analysis()), strip(parts.suggestions()));
    }

    private static String strip(String part) {
        return part == null ? "" : part.strip();
    }

    /**
     * Content is given one way: as text of 20 to 50000 characters, or as parts (then not as text too) that together
     * make such a text. Violations are reported on {@code content}.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ContentOrPartsCheck.class)
    @interface ContentOrParts {
        String message() default CONTENT_RULE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class ContentOrPartsCheck implements ConstraintValidator<ContentOrParts, ProposalRequest> {

        @Override
        public boolean isValid(ProposalRequest request, ConstraintValidatorContext context) {
            String problem = null;
            if (request.parts() != null && request.content() != null && !request.content().isBlank()) {
                problem = "is given as parts already: send either content or parts";
            } else if (request.parts() == null && (request.content() == null || request.content().isBlank())) {
                problem = "must not be blank";
            } else if (request.parts() == null || partsComplete(request.parts())) {
                int length = request.composedContent().length();
                if (length < MIN_CONTENT || length > MAX_CONTENT) {
                    problem = CONTENT_RULE;
                }
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("content").addConstraintViolation();
            return false;
        }

        /** an incomplete part is reported on the part itself; the length of the whole would only repeat it */
        private static boolean partsComplete(Parts parts) {
            return parts.problem() != null && !parts.problem().isBlank() && parts.analysis() != null
                    && !parts.analysis().isBlank() && parts.suggestions() != null && !parts.suggestions().isBlank();
        }
    }
}
