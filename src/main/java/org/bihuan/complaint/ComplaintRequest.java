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

/** What an enterprise files (POST /api/complaints). */
record ComplaintRequest(
        @NotNull @Valid Complainant complainant,
        @NotNull @Valid Respondent respondent,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 16, fraction = 2, message = "must have at most 2 decimals") BigDecimal amountOwed,
        @NotBlank @Size(max = 100) String contractNo,
        @NotNull LocalDate contractDate,
        @NotNull LocalDate paymentDueDate,
        @NotBlank @Size(max = 20000) String description,
        @NotNull Boolean inLitigation) {

    record Complainant(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Pattern(regexp = "MEDIUM|SMALL|MICRO", message = "must be one of MEDIUM, SMALL, MICRO") String sizeClass,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\-() ]{5,32}", message = "is not a phone number") String contactPhone,
            @NotBlank @Email @Size(max = 200) String contactEmail,
            @NotBlank @Size(max = 500) String address) {
    }

    record Respondent(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Pattern(regexp = "GOVERNMENT_BODY|PUBLIC_INSTITUTION|LARGE_ENTERPRISE",
                    message = "must be one of GOVERNMENT_BODY, PUBLIC_INSTITUTION, LARGE_ENTERPRISE") String type,
            @NotBlank @Size(max = 100) String region,
            @Size(max = 500) String address,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\-() ]{5,32}", message = "is not a phone number") String contactPhone) {
    }
}
