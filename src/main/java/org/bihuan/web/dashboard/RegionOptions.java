package org.bihuan.web.dashboard;

import org.bihuan.identity.UnitProfile;
import org.bihuan.identity.Units;
import org.bihuan.region.Region;
import org.bihuan.region.Regions;
import org.bihuan.web.Option;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regions a figure can be rolled up to: those where a unit works and every region above them (province, city,
 * county), in code order, each named with the regions above it. Not the whole GB/T 2260 list: a region without a
 * unit has no figures.
 */
@Component
class RegionOptions {

    private final Units units;
    private final Regions regions;

    RegionOptions(Units units, Regions regions) {
        this.units = units;
        this.regions = regions;
    }

    List<Option> of() {
        Map<String, String> named = new TreeMap<>();
        for (UnitProfile unit : units.all()) {
            if (unit.regionCode() == null) {
                continue;
            }
            List<Region> path = regions.path(unit.regionCode());
            for (int i = 0; i < path.size(); i++) {
                named.put(path.get(i).code(), String.join(" › ", path.subList(0, i + 1).stream().map(Region::name).toList()));
            }
        }
        return named.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }
}
