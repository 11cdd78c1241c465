package org.bihuan.identity;

import org.bihuan.audit.AuditLog;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.region.Region;
import org.bihuan.region.Regions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The units of the office, as administrators manage them (/admin/units): create, edit, deactivate, delete an unused
 * one, merge one into its successor (机构改革; {@code task.UnitMerge} also moves its tasks and cases). Every change is on
 * the audit list and reaches Camunda's groups at once.
 *
 * <p>Routing: the complaint routing table ({@code processes/complaint-routing.dmn}) stays the rule; the units' data
 * checks and completes it ({@link #routingSuggestion}): a suggestion naming a merged unit goes to its successor, and
 * when the table names no active handling unit the units' respondent types and regions decide.
 */
@Service
@Transactional
public class Units {

    public static final List<String> KINDS = List.of("INTAKE", "HANDLING", "SUPERVISION", "COMMITTEE");
    public static final String HANDLING = "HANDLING";
    /**
     * The respondent types a complaint names ({@code complaint.ComplaintRequest.Respondent#type}, which identity cannot
     * see: {@code UnitsRespondentTypesTest} keeps the two lists equal).
     */
    public static final List<String> RESPONDENT_TYPES = List.of("GOVERNMENT_BODY", "PUBLIC_INSTITUTION", "LARGE_ENTERPRISE");
    /** Camunda's group id whitelist takes letters and digits only; capitals keep codes apart from the role groups */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,32}");
    static final String CODE_MESSAGE = "must be 2 to 32 capital letters or digits";
    private static final int MAX_NAME = 200;
    /** a successor chain longer than this is a loop someone made by hand in the database */
    private static final int MAX_SUCCESSION = 20;

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditLog audit;
    private final CamundaIdentitySync camundaIdentity;

    Units(JdbcClient jdbc, Regions regions, AuditLog audit, CamundaIdentitySync camundaIdentity) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.camundaIdentity = camundaIdentity;
    }

    /** Every unit, active ones first, then by code. */
    @Transactional(readOnly = true)
    public List<UnitProfile> all() {
        List<String> codes = jdbc.sql("select code from unit order by active desc, code").query(String.class).list();
        return codes.stream().map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UnitProfile> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<UnitRow> row = jdbc.sql("select code, name, kind, region_code, active, successor_code from unit where code = ?")
                .param(code).query(UnitRow.class).optional();
        return row.map(r -> new UnitProfile(r.code(), r.name(), r.kind(), r.regionCode(), r.active(), r.successorCode(),
                jdbc.sql("select username from app_user where unit_code = ? and unit_head = true order by username")
                        .param(code).query(String.class).list(),
                jdbc.sql("select respondent_type from unit_respondent_type where unit_code = ? order by respondent_type")
                        .param(code).query(String.class).list(),
                jdbc.sql("select region_code from unit_region where unit_code = ? order by region_code")
                        .param(code).query(String.class).list(),
                jdbc.sql("select count(*) from app_user where unit_code = ?").param(code).query(Integer.class).single()));
    }

    /**
     * The codes of the units that sit in a region or below it (a city takes its districts' units too): what statistics
     * roll up along the administrative-division tree.
     *
     * @throws InvalidRequestException naming {@code region} for a code the tree does not know
     */
    @Transactional(readOnly = true)
    public Set<String> inRegion(String regionCode) {
        if (regionCode == null || regions.find(regionCode.strip()).isEmpty()) {
            throw new InvalidRequestException("region", "must be a region of the administrative-division tree");
        }
        return new java.util.TreeSet<>(jdbc.sql("select code from unit where region_code in (:regions)")
                .param("regions", regions.within(regionCode.strip())).query(String.class).list());
    }

    @Transactional(readOnly = true)
    public UnitProfile get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("no unit " + code));
    }

    public UnitProfile create(UnitRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.code() == null || request.code().isEmpty()) {
            violations.add(new Violation("code", "must not be blank"));
        } else if (!CODE.matcher(request.code()).matches()) {
            violations.add(new Violation("code", CODE_MESSAGE));
        } else if (jdbc.sql("select count(*) from unit where upper(code) = ?").param(request.code()).query(Long.class).single() > 0) {
            violations.add(new Violation("code", "is taken; choose another"));
        }
        violations.addAll(check(request, null));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        jdbc.sql("insert into unit (code, name, kind, region_code, active) values (?, ?, ?, ?, true)")
                .params(request.code(), request.name(), request.kind(), request.regionCode()).update();
        writeRouting(request.code(), request);
        UnitProfile created = get(request.code());
        audit.record("unit.created", "unit", request.code(), null, created);
        camundaIdentity.syncToCamunda();
        return created;
    }

    /** Name, kind, region, heads and routing data; the code stays. */
    public UnitProfile update(String code, UnitRequest request) {
        UnitProfile before = get(code);
        List<Violation> violations = check(request, code);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        jdbc.sql("update unit set name = ?, kind = ?, region_code = ? where code = ?")
                .params(request.name(), request.kind(), request.regionCode(), code).update();
        jdbc.sql("update app_user set unit_head = false where unit_code = ?").param(code).update();
        for (String head : request.heads()) {
            jdbc.sql("update app_user set unit_head = true where unit_code = ? and username = ?").params(code, head).update();
        }
        writeRouting(code, request);
        UnitProfile after = get(code);
        if (!after.equals(before)) {
            audit.record("unit.updated", "unit", code, before, after);
            camundaIdentity.syncToCamunda();
        }
        return after;
    }

    /** No new work is routed or offered to it; its people, cases and tasks stay where they are. */
    public UnitProfile deactivate(String code) {
        return setActive(code, false);
    }

    public UnitProfile reactivate(String code) {
        UnitProfile unit = get(code);
        if (unit.successorCode() != null) {
            throw new ConflictException("unit " + code + " was merged into " + unit.successorCode() + " and stays inactive");
        }
        return setActive(code, true);
    }

    /**
     * Deletes a unit nobody ever used (a typo, say). One that has people, cases, proposals or a successor relation is
     * in use: the database's references say so, and the answer is a conflict — deactivate it instead.
     */
    public void delete(String code) {
        UnitProfile before = get(code);
        if (before.people() > 0) {
            throw new ConflictException("unit " + code + " has people: deactivate it instead");
        }
        try {
            jdbc.sql("delete from unit_respondent_type where unit_code = ?").param(code).update();
            jdbc.sql("delete from unit_region where unit_code = ?").param(code).update();
            jdbc.sql("delete from unit where code = ?").param(code).update();
        } catch (DataIntegrityViolationException inUse) {
            throw new ConflictException("unit " + code + " is in use: deactivate it instead");
        }
        audit.record("unit.deleted", "unit", code, before, null);
        camundaIdentity.syncToCamunda();
    }

    /**
     * Identity's share of merging {@code from} into its successor {@code to} (机构改革): its people move to the
     * successor (as officials, not as heads), the successor takes over its respondent types and regions, and the
     * unit stays, inactive, naming its successor. {@code task.UnitMerge} moves the tasks and cases in the same
     * transaction.
     *
     * @throws InvalidRequestException on {@code successor} when it is the unit itself, unknown, inactive or of another kind
     */
    public UnitSuccession mergeInto(String from, String to) {
        UnitProfile old = get(from);
        if (old.successorCode() != null) {
            throw new ConflictException("unit " + from + " was already merged into " + old.successorCode());
        }
        Optional<UnitProfile> successor = find(to);
        if (to == null || to.isBlank()) {
            throw new InvalidRequestException("successor", "must not be blank");
        }
        if (to.equals(from)) {
            throw new InvalidRequestException("successor", "must be another unit");
        }
        if (successor.isEmpty()) {
            throw new InvalidRequestException("successor", "is not a unit");
        }
        if (!successor.get().active()) {
            throw new InvalidRequestException("successor", "is not active");
        }
        if (!successor.get().kind().equals(old.kind())) {
            throw new InvalidRequestException("successor", "must be a unit of the same kind");
        }
        UnitProfile successorBefore = successor.get();
        List<String> people = jdbc.sql("select username from app_user where unit_code = ? order by username")
                .param(from).query(String.class).list();
        jdbc.sql("update app_user set unit_code = ?, unit_head = false where unit_code = ?").params(to, from).update();
        // the successor takes over what the old unit was routed explicitly; a list left empty means "any" and stays so
        writeRouting(to, new UnitRequest(to, null, null, null, null,
                takeOver(successorBefore.respondentTypes(), old.respondentTypes()),
                takeOver(successorBefore.regions(), old.regions())));
        jdbc.sql("update unit set active = false, successor_code = ? where code = ?").params(to, from).update();
        UnitProfile after = get(from);
        audit.record("unit.merged", "unit", from, old, after);
        UnitProfile successorAfter = get(to);
        if (!successorAfter.equals(successorBefore)) {
            audit.record("unit.updated", "unit", to, successorBefore, successorAfter);
        }
        camundaIdentity.syncToCamunda();
        return new UnitSuccession(from, to, people);
    }

    /**
     * The handling unit a complaint's transfer suggests, given what the routing table said. A table answer naming a
     * merged unit follows its successors; one naming an active handling unit stands. Otherwise the units' data
     * decides: the active handling units whose respondent types include the respondent's and whose regions include
     * the respondent's region (matched by name in the region tree), the most specific of them if it is a single one.
     * Empty when nothing is clear: the intake clerk chooses.
     */
    @Transactional(readOnly = true)
    public Optional<String> routingSuggestion(String tableAnswer, String respondentType, String region) {
        Optional<UnitProfile> answered = currentSuccessorOf(tableAnswer);
        if (answered.isPresent() && answered.get().active() && HANDLING.equals(answered.get().kind())) {
            return Optional.of(answered.get().code());
        }
        Set<String> respondentRegions = regions.named(region).stream().map(Region::code).collect(Collectors.toSet());
        Map<String, Integer> specificity = new LinkedHashMap<>();
        for (UnitProfile unit : all()) {
            if (!unit.active() || !HANDLING.equals(unit.kind())) {
                continue;
            }
            boolean typeFits = unit.respondentTypes().isEmpty() || unit.respondentTypes().contains(respondentType);
            boolean regionFits = unit.regions().isEmpty() || unit.regions().stream()
                    .anyMatch(handled -> regions.within(handled).stream().anyMatch(respondentRegions::contains));
            if (typeFits && regionFits) {
                specificity.put(unit.code(), (unit.respondentTypes().isEmpty() ? 0 : 1) + (unit.regions().isEmpty() ? 0 : 1));
            }
        }
        int best = specificity.values().stream().max(Comparator.naturalOrder()).orElse(-1);
        List<String> bestUnits = specificity.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return bestUnits.size() == 1 ? Optional.of(bestUnits.get(0)) : Optional.empty();
    }

    /** The unit, or the unit it was merged into (and so on): where its work goes today. */
    @Transactional(readOnly = true)
    public Optional<UnitProfile> currentSuccessorOf(String code) {
        Optional<UnitProfile> unit = find(code);
        Set<String> seen = new HashSet<>();
        while (unit.isPresent() && unit.get().successorCode() != null && seen.add(unit.get().code()) && seen.size() < MAX_SUCCESSION) {
            unit = find(unit.get().successorCode());
        }
        return unit;
    }

    private static List<String> takeOver(List<String> successors, List<String> olds) {
        if (successors.isEmpty()) {
            return List.of();
        }
        Set<String> union = new LinkedHashSet<>(successors);
        union.addAll(olds);
        return List.copyOf(union);
    }

    private UnitProfile setActive(String code, boolean active) {
        UnitProfile before = get(code);
        if (before.active() == active) {
            return before;
        }
        jdbc.sql("update unit set active = ? where code = ?").params(active, code).update();
        UnitProfile after = get(code);
        audit.record(active ? "unit.reactivated" : "unit.deactivated", "unit", code, before, after);
        camundaIdentity.syncToCamunda();
        return after;
    }

    /** The rules beyond the code: for a new unit ({@code existing} null) or an existing one. */
    private List<Violation> check(UnitRequest request, String existing) {
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isEmpty()) {
            violations.add(new Violation("name", "must not be blank"));
        } else if (request.name().length() > MAX_NAME) {
            violations.add(new Violation("name", "must have at most 200 characters"));
        }
        if (request.kind() == null || request.kind().isEmpty()) {
            violations.add(new Violation("kind", "must not be blank"));
        } else if (!KINDS.contains(request.kind())) {
            violations.add(new Violation("kind", "must be one of INTAKE, HANDLING, SUPERVISION, COMMITTEE"));
        }
        if (request.regionCode() == null) {
            violations.add(new Violation("regionCode", "must not be blank"));
        } else if (regions.find(request.regionCode()).isEmpty()) {
            violations.add(new Violation("regionCode", "is not a region of the tree"));
        }
        for (String type : request.respondentTypes()) {
            if (!RESPONDENT_TYPES.contains(type)) {
                violations.add(new Violation("respondentTypes", "must be one of GOVERNMENT_BODY, PUBLIC_INSTITUTION, LARGE_ENTERPRISE"));
                break;
            }
        }
        for (String region : request.regions()) {
            if (regions.find(region).isEmpty()) {
                violations.add(new Violation("regions", "is not a region of the tree"));
                break;
            }
        }
        if (!request.respondentTypes().isEmpty() || !request.regions().isEmpty()) {
            if (request.kind() != null && KINDS.contains(request.kind()) && !HANDLING.equals(request.kind())) {
                violations.add(new Violation("respondentTypes", "only a handling unit is routed complaints"));
            }
        }
        if (!request.heads().isEmpty()) {
            Set<String> members = existing == null ? Set.of()
                    : new HashSet<>(jdbc.sql("select username from app_user where unit_code = ?").param(existing).query(String.class).list());
            if (!members.containsAll(request.heads())) {
                violations.add(new Violation("heads", "must be people of this unit"));
            }
        }
        return violations;
    }

    private void writeRouting(String code, UnitRequest request) {
        jdbc.sql("delete from unit_respondent_type where unit_code = ?").param(code).update();
        for (String type : request.respondentTypes()) {
            jdbc.sql("insert into unit_respondent_type (unit_code, respondent_type) values (?, ?)").params(code, type).update();
        }
        jdbc.sql("delete from unit_region where unit_code = ?").param(code).update();
        for (String region : request.regions()) {
            jdbc.sql("insert into unit_region (unit_code, region_code) values (?, ?)").params(code, region).update();
        }
    }

    record UnitRow(String code, String name, String kind, String regionCode, boolean active, String successorCode) {
    }
}
