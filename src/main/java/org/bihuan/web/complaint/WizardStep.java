package org.bihuan.web.complaint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the complaint form, each with the fields (the API's JSON paths of {@code ComplaintRequest}) it asks
 * for. A rule's verdict on a field is shown on the step that holds the field; a verdict on a whole party
 * ({@code complainant}) on that party's step, and one on no field of any step ({@code body}) on the last.
 */
public enum WizardStep {

    ENTERPRISE("enterprise", "complainant", List.of("complainant.name", "complainant.creditCode", "complainant.sizeClass",
            "complainant.contactName", "complainant.contactPhone", "complainant.contactEmail", "complainant.address")),
    RESPONDENT("respondent", "respondent", List.of("respondent.name", "respondent.creditCode", "respondent.type",
            "respondent.region", "respondent.address", "respondent.contactName", "respondent.contactPhone")),
    CLAIM("claim", null, List.of("amountOwed", "contractNo", "contractDate", "paymentDueDate", "description")),
    EVIDENCE("evidence", null, List.of("file")),
    DECLARATION("declaration", null, List.of("inLitigation"));

    private final String slug;
    private final String party;
    private final List<String> fields;

    WizardStep(String slug, String party, List<String> fields) {
        this.slug = slug;
        this.party = party;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }

    /** The JSON paths of the data this step asks for (the evidence step's {@code file} is the upload, not data). */
    List<String> fields() {
        return fields;
    }

    List<String> dataFields() {
        return this == EVIDENCE ? List.of() : fields;
    }

    boolean holds(String field) {
        return fields.contains(field) || (party != null && (field.equals(party) || field.startsWith(party + ".")));
    }

    /** The step that shows a rule's verdict on this field: the last one when no step asks for it. */
    static WizardStep of(String field) {
        return Arrays.stream(values()).filter(step -> step.holds(field)).findFirst().orElse(DECLARATION);
    }

    static Optional<WizardStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    static WizardStep first() {
        return ENTERPRISE;
    }

    Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    Optional<WizardStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
