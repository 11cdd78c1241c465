-- Every case came in through a channel: the web portal, or an intake clerk filing what arrived by phone, e-mail,
-- letter, in person or from a hotline (org.bihuan.casefile.CaseChannel). Cases filed before this are web filings.
alter table case_file add column channel varchar(16) default 'WEB' not null;

-- A complaint filed on an enterprise's behalf waits for its signed no-litigation promise (承诺书); the scan that
-- ended the wait is remembered.
alter table complaint add column promise_pending boolean default false not null;
alter table complaint add column promise_attachment_id bigint;

-- The case search looks for a party by name on either side: the filing party joins the read model
-- (a complaint's complainant, a proposal's initiator), next to the other side it already had.
alter table report_facts add column filer_name varchar(200);

drop view report_case;
create view report_case as
select f.case_no, f.case_type, f.title, f.status, f.unit_code, f.received_at, f.closed_at, f.overdue,
       r.party_name, r.party_type, r.region, r.category, r.amount_owed, r.amount_recovered, f.satisfaction,
       f.rehandle_count, r.filer_name, f.channel, f.current_step, f.current_due
from case_file f left join report_facts r on r.case_no = f.case_no;

update report_facts set filer_name = (select c.complainant_name from complaint c where c.case_no = report_facts.case_no)
where exists (select 1 from complaint c where c.case_no = report_facts.case_no);
update report_facts set filer_name = (
        select u.display_name from proposal_signer s join app_user u on u.username = s.username
        where s.case_no = report_facts.case_no and s.position = 0)
where exists (select 1 from proposal p where p.case_no = report_facts.case_no);
