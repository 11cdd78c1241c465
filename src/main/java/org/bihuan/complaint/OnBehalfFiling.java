package org.bihuan.complaint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.calendar.DeadlineExpression;
import org.bihuan.casefile.Attachment;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.lifecycle.DraftData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The workbench's door to filing on an enterprise's behalf: the same request record, binding, Bean Validation and
 * service as {@code POST /api/complaints/on-behalf}, fed from a page's fields by their JSON paths
 * ({@code complaint.complainant.creditCode}); and the signed promise's scan, attached as
 * {@code POST /api/complaints/{no}/attachments?kind=PROMISE} attaches it.
 */
@Service
@Transactional
public class OnBehalfFiling {

    /** The channels a complaint filed on an enterprise's behalf may have come by, in the order a form offers them. */
    public static final List<String> CHANNELS = List.of(OnBehalfComplaintRequest.CHANNEL_CODES.split("\\|"));

    private final ComplaintService complaints;
    private final DraftData requests;
    private final IntakeProperties intake;

    OnBehalfFiling(ComplaintService complaints, DraftData requests, IntakeProperties intake) {
        this.complaints = complaints;
        this.requests = requests;
        this.intake = intake;
    }

    /** Whether the user files complaints on enterprises' behalf (an intake clerk). */
    public static boolean mayFile(AppUser user) {
        return user.has(Role.INTAKE);
    }

    /** @throws ForbiddenException unless the user is an intake clerk */
    public static void requireClerk(AppUser user) {
        if (!mayFile(user)) {
            throw new ForbiddenException("only an intake clerk files a complaint on an enterprise's behalf");
        }
    }

    /**
     * Files the complaint given as the API's JSON body ({@code channel}, {@code receivedAt}, {@code complaint}),
     * or throws {@link org.bihuan.domain.InvalidRequestException} naming every refused field by its JSON path.
     */
    public ComplaintView.Submitted file(AppUser clerk, ObjectNode body) {
        requireClerk(clerk);
        return complaints.fileOnBehalf(clerk, requests.read(body, OnBehalfComplaintRequest.class));
    }

    /** The scan of the signed no-litigation promise (承诺书): a complaint waiting for it goes on to acceptance review. */
    public Attachment attachPromise(AppUser user, String caseNo, String filename, byte[] content) {
        return complaints.attach(user, caseNo, filename, content, ComplaintService.PROMISE);
    }

    /** How far back a clerk may date a receipt without a supervisor's confirmation ({@code bihuan.intake.backdate-without-confirmation}). */
    @Transactional(readOnly = true)
    public DeadlineExpression backdateWithoutConfirmation() {
        return intake.backdateLimit();
    }
}
