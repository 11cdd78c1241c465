package org.bihuan.identity;

/**
 * An organisation whose officials take part in cases.
 *
 * @param kind INTAKE, HANDLING, SUPERVISION or COMMITTEE
 */
public record Unit(String code, String name, String kind) {
}
