package org.bihuan.identity;

import java.util.List;

/** What merging a unit into its successor did on identity's side: the accounts that now belong to the successor. */
public record UnitSuccession(String from, String to, List<String> movedPeople) {
}
