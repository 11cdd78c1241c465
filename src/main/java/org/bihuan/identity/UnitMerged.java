package org.bihuan.identity;

/**
 * A unit was merged into its successor (机构改革): published in the merge's transaction, after the people, the case
 * files and the tasks moved ({@code task.UnitMerge}). A module that keeps unit codes on records of its own (a
 * proposal's lead and co-units) moves those of its open cases to the successor when it hears it, so that the
 * successor's next steps find their rows; what a closed case recorded stays as it happened.
 */
public record UnitMerged(String from, String to) {
}
