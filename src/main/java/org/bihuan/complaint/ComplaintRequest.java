package org.bihuan.complaint;

import jakarta.validation.Valid;
import org.bihuan.identity.ValidCreditCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an enterprise files (POST /api/complaints). */
public record ComplaintRequest(
        @NotNull @Valid Complainant complainant,
        @NotNull @Valid Respondent respondent,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 16, fraction = 2, message = "must have at most 2 decimals") BigDecimal amountOwed,
        @NotBlank @Size(max = 100) String contractNo,
        @NotNull LocalDate contractDate,
        @NotNull LocalDate paymentDueDate,
        @NotBlank @Size(max = 20000) String description,
        @NotNull Boolean inLitigation) {

    static final String SIZE_CLASS_CODES = "MEDIUM|SMALL|MICRO";
    static final String RESPONDENT_TYPE_CODES = "GOVERNMENT_BODY|PUBLIC_INSTITUTION|LARGE_ENTERPRISE";
    /** The codes {@code complainant.sizeClass} accepts, for a form's choice. */
    public static final List<String> SIZE_CLASSES = List.of(SIZE_CLASS_CODES.split("\\|"));
    /** The codes {@code respondent.type} accepts, for a form's choice. */
    public static final List<String> RESPONDENT_TYPES = List.of(RESPONDENT_TYPE_CODES.split("\\|"));

    public record Complainant(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Pattern(regexp = SIZE_CLASS_CODES, message = "must be one of MEDIUM, SMALL, MICRO") String sizeClass,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\-() ]{5,32}", message = "is not a phone number") String contactPhone,
            @NotBlank @Email @Size(max = 200) String contactEmail,
            @NotBlank @Size(max = 500) String address) {
    }

    public record Respondent(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Pattern(regexp = RESPONDENT_TYPE_CODES,
                    message = "must be one of GOVERNMENT_BODY, PUBLIC_INSTITUTION, LARGE_ENTERPRISE") String type,
            @NotBlank @Size(max = 100) String region,
            @Size(max = 500) String address,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\-() ]{5,32}", message = "is not a phone number") String contactPhone) {
    }
}
