package org.bihuan.web;

import org.bihuan.identity.AppUser;

/**
 * A number the header shows beside one of its links (open cosign invitations, …). A page package declares one as a
 * bean for the link's href; {@link NavigationCounts} asks each on every page for the signed-in person.
 */
public interface NavigationCount {

    /** The header link ({@link Navigation}'s href) the number belongs to. */
    String href();

    /** How many things wait for the person behind that link; 0 shows nothing. */
    long count(AppUser user);
}
