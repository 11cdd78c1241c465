package org.bihuan.region;

/**
 * An administrative division of GB/T 2260.
 *
 * @param code       six digits, e.g. {@code 330106}
 * @param parentCode the division it belongs to; null for a province
 */
public record Region(String code, String name, String parentCode, RegionLevel level) {
}
