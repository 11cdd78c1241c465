package org.bihuan.identity;

import java.util.List;

/**
 * What an administrator types for a unit; the field names are the form's and the errors'. The code cannot change
 * once the unit exists (cases, tasks and Camunda's group carry it).
 */
public record UnitRequest(String code, String name, String kind, String regionCode, List<String> heads,
                          List<String> respondentTypes, List<String> regions) {

    public UnitRequest {
        heads = heads == null ? List.of() : heads.stream().filter(h -> h != null && !h.isBlank()).map(String::strip).distinct().toList();
        respondentTypes = respondentTypes == null ? List.of()
                : respondentTypes.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
        regions = regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
        kind = kind == null ? null : kind.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }
}
