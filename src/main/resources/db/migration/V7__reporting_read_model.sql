-- The reporting read model, owned by the case file (org.bihuan.casefile.CaseReports). Statistics, the overdue
-- list and the dashboard read only the report_* relations, never a lifecycle's own tables; each lifecycle hands
-- its facts to the case file (CaseReportSource), which rewrites a case's rows before the case's transaction
-- commits, so the case, the engine and the report never disagree.
-- Portable SQL: runs on PostgreSQL and H2 2.x.

-- what a figure needs about a case that is not on case_file, as its lifecycle last reported it
create table report_facts (
    case_no          varchar(32) primary key references case_file(case_no),
    party_name       varchar(200),  -- complaint: the respondent
    party_type       varchar(32),   -- complaint: respondent type; proposal: INDIVIDUAL, JOINT, COLLECTIVE
    region           varchar(100),  -- complaint: the respondent's region
    category         varchar(100),  -- proposal: its category
    amount_owed      numeric(18,2),
    amount_recovered numeric(18,2),
    satisfaction     varchar(32),
    rehandle_count   integer not null default 0
);

-- each recovery a handling unit reported (清欠台账), as the running total it gave; seq orders a case's reports
create table report_recovery (
    case_no       varchar(32)   not null references case_file(case_no),
    seq           integer       not null,
    unit_code     varchar(32),
    recorded_at   timestamp with time zone not null,
    running_total numeric(18,2) not null,
    primary key (case_no, seq)
);
create index report_recovery_recorded on report_recovery (recorded_at);

-- one row per case: the case file's own columns and the lifecycle's facts
create view report_case as
select f.case_no, f.case_type, f.title, f.status, f.unit_code, f.received_at, f.closed_at, f.overdue,
       r.party_name, r.party_type, r.region, r.category, r.amount_owed, r.amount_recovered, r.satisfaction,
       coalesce(r.rehandle_count, 0) as rehandle_count
from case_file f left join report_facts r on r.case_no = f.case_no;

-- one row per step with a deadline (the case file writes step_deadline as tasks come and go)
create view report_step as
select task_id, case_no, case_type, step_key, step_name, unit_code, created_at, due_at, completed_at, cancelled_at,
       overdue_at, escalation_level
from step_deadline;

-- An upgraded database starts complete: the facts as the lifecycles' tables hold them now. From here on only
-- CaseReports writes these tables.
insert into report_facts (case_no, party_name, party_type, region, category, amount_owed, amount_recovered,
                          satisfaction, rehandle_count)
select c.case_no, c.respondent_name, c.respondent_type, c.respondent_region, cast(null as varchar(100)),
       c.amount_owed, c.amount_recovered, c.satisfaction, c.rehandle_count
from complaint c;

insert into report_facts (case_no, party_name, party_type, region, category, amount_owed, amount_recovered,
                          satisfaction, rehandle_count)
select p.case_no, cast(null as varchar(200)), p.proposal_type, cast(null as varchar(100)), p.category,
       cast(null as numeric(18,2)), cast(null as numeric(18,2)), p.satisfaction, p.rehandle_count
from proposal p;

insert into report_recovery (case_no, seq, unit_code, recorded_at, running_total)
select case_no, row_number() over (partition by case_no order by recorded_at, id), unit_code, recorded_at, amount_recovered
from complaint_payment;
