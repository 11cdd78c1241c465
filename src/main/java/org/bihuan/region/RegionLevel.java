package org.bihuan.region;

/** The three levels of GB/T 2260: 省级, 地级, 县级. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    /**
     * The level a code's digits say: {@code xx0000} a province (or a municipality), {@code xxyy00} a prefecture-level
     * division, anything else a county-level one.
     */
    static RegionLevel ofCode(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? CITY : COUNTY;
    }
}
